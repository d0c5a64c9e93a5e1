export const id = 983;
export const ids = [983];
export const modules = {

/***/ 2983:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMarkdown: () => (/* binding */ parseMarkdown)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2277);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9952);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2297);



/**
 * Built once, not per stretch. The mdast half drops GFM's tree transforms: they only
 * re-scan every text node for bare URLs, which the tokenizer already turns into
 * links, and cost a sixth of the parse.
 */
const EXTENSIONS = [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_0__/* .gfm */ .T)()];
const MDAST_EXTENSIONS = (0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfmFromMarkdown */ .C)().map((extension) => ({ ...extension, transforms: [] }));
/** The mdast tree of a markdown text with GFM (micromark). */
function parseMarkdown(text) {
    return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_2__/* .fromMarkdown */ .Y)(text, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
}


/***/ })

};
