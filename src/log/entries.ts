/**
 * Turns the block stream into entries and their sections.
 *
 * An entry starts where the log's template (template.ts) puts a day or week label —
 * a heading, `<summary>`, bold line or date line — or at an index-table row naming a
 * day, and ends at the next entry, at the `</details>` that closes it, or at the next
 * heading of the same or a higher level (for a bold or date line: of the level of
 * the heading it stands under). A week whose `<details>` or heading holds days is a
 * wrapper, not a review, and is dropped.
 */
import { isPlaceholder, labelTitle, linksOnlyProblems, type Block, type RawItem } from './blocks.js'
import { LEADING_EMOJI, markerState } from './emoji.js'
import { readLabel, type LabelInfo, type StretchLabel } from './labels.js'
import type { Template } from './template.js'
import type { Item, Section, SectionRole } from './types.js'
import { isForTomorrow, roleOf, type Vocabulary } from './vocabulary.js'

/** Whether a label naming several days (`Day 1-22`, `2024-03-04 ~ 03-08`) names every day another names. */
function namesEveryDayOf(range: LabelInfo, day: LabelInfo): boolean {
  if (range.kind !== 'day') return false
  if (range.numbers.length > 1 && day.numbers.length > 0) return day.numbers.every((n) => range.numbers.includes(n))
  if (range.dates.length > 1 && day.dates.length > 0)
    return day.dates.every((d) => range.dates.some((r) => r.month === d.month && r.day === d.day && (r.year === d.year || d.year === null)))
  return false
}

export interface EntryDraft {
  info: LabelInfo
  title: string
  line: number
  endLine: number
  sections: Section[]
  hasContent: boolean
  external: boolean
  /** The year of the wrapper the entry sits in (`2023.03`, `## 2023`, a week's dates), for dates without one. */
  yearAbove: number | null
  /** `</details>` depth below which the entry is closed; null for none. */
  closeDepth: number | null
  /** A heading of this depth or less ends the entry; a bold or date line's is half a level below its heading's. */
  headingDepth: number | null
  /** The index of the block whose label started the entry. */
  labelIndex: number
  /** Its sections are headings of its own level (`### Day 1`, then `### Today's Progress`). */
  flat?: boolean
  /** Its writing is headed above its own level (`#### Day 1`, then `## Setup`): headings of this depth and deeper are its. */
  writtenFrom?: number
  /** Its heading links to another file: with nothing under it, the day is written there. */
  linked?: boolean
  /** The week (or other stretch) it is written in: its own label's (`Week 2 Day 3`), or the week heading it stands under. */
  stretch?: StretchLabel
  /** Its label is a row of a table of days. */
  row?: true
  /** Its row is one of a table of days kept elsewhere, written in the row itself. */
  inPlace?: true
}

const ITEM_ROLES: ReadonlySet<SectionRole> = new Set(['done', 'notDone', 'goals'])

function roleState(role: SectionRole): boolean | null {
  if (role === 'done') return true
  if (role === 'notDone') return false
  return null
}

function sameLabel(a: LabelInfo, b: LabelInfo): boolean {
  return (
    a.kind === b.kind &&
    a.numbers.join() === b.numbers.join() &&
    a.stretch?.number === b.stretch?.number &&
    JSON.stringify([a.dates, a.slashDates]) === JSON.stringify([b.dates, b.slashDates])
  )
}

/**
 * `## Day 94 ramblings` inside `### Day 94`'s writing, headed above its level (`writtenFrom`): a heading of that
 * writing about the day or an earlier one, not a day of its own.
 */
function speaksOfOpenDay(info: LabelInfo, depth: number, open: EntryDraft | null): boolean {
  if (open?.writtenFrom === undefined || depth < open.writtenFrom || info.kind !== 'day' || info.topic === '') return false
  const last = Math.max(...open.info.numbers)
  return info.numbers.length > 0 && info.numbers.every((n) => n <= last)
}

/** A deeper heading under the open day naming the day after it with a plan's word (`### Day1计划`, `### Day 5 계획`). */
function plansAhead(info: LabelInfo, depth: number, open: EntryDraft | null): boolean {
  if (open?.info.kind !== 'day' || open.headingDepth === null || depth <= open.headingDepth) return false
  return isNextDay(info, open.info)
}

/** Whether a label names the one day after a numbered day (`Day1` after `Day 0`). */
function isNextDay(label: LabelInfo, day: LabelInfo): boolean {
  return day.kind === 'day' && day.numbers.length > 0 && label.numbers.length === 1 && label.numbers[0] === Math.max(...day.numbers) + 1
}

/** A goals section named for the day after its own (`Day2 계획` in Day 1): the plan for tomorrow. */
function namesNextDay(title: string, day: LabelInfo): boolean {
  const named = /\d/.test(title) ? readLabel(title) : null
  return named?.kind === 'day' && isNextDay(named, day)
}

/** Words that end as a sentence does (`?`, `。`, `!`), or run longer than a sub-heading would. */
const SENTENCE_END = /[?？!！。.]\s*$/
const MAX_SUBHEADING = 40

function isSentence(text: string): boolean {
  return text.length > MAX_SUBHEADING || SENTENCE_END.test(text)
}

/** A plain line's section label ends with a colon and is short. */
const PLAIN_LABEL = /^.{1,60}[:：]\s*$/u

/** The role a plain line names as a section label (`✅ What I Worked On:`, `📚 배운 점:`), or null. */
function plainLabelRole(text: string | undefined, vocabulary: Vocabulary): SectionRole | null {
  return text !== undefined && PLAIN_LABEL.test(text) ? roleOf(text, vocabulary) : null
}

/** The label as a section title: its words, without the emoji and the colon. */
function plainTitle(text: string): string {
  return text
    .trim()
    .replace(LEADING_EMOJI, '')
    .replace(/\s*[:：]\s*$/u, '')
}

/** Spaces and emphasis marks at either end of a section's name (`*** Thoughts***` leaves `* Thoughts`). */
const STRAY_EMPHASIS = /^[\s*_]+|[\s*_]+$/g

const undated = (info: LabelInfo): boolean => info.dates.length === 0 && info.slashDates.length === 0

/** A section's name before a colon (`#### 完成功能：首页`, `### Progress: the parser`), short and with no digit before it (`10:30`). */
const NAME_THEN_WRITING = /^([^:：]{1,40}?[^\d\s:：])\s*[:：]\s*(\S.*)$/

/** A heading's section name, and whether writing follows it on the same line after a colon. */
function sectionHeading(text: string): { title: string; written: boolean } {
  const m = NAME_THEN_WRITING.exec(text)
  if (!m || m[2]!.startsWith('//') || isPlaceholder(m[2]!)) return { title: text, written: false }
  return { title: m[1]!, written: true }
}

/** A month or year heading over days (`2023.03`, `## 2022`): it ends the entry above and gives its year to the days below. */
const isWrapper = (info: LabelInfo | undefined): boolean => info?.kind === 'month' || info?.kind === 'year'
const wrapperYear = (info: LabelInfo): number | null => info.month?.year ?? info.year ?? null

/**
 * The blocks grouped into entry drafts under the template's day and week labels, each with its sections and
 * tasks: the step that turns markdown structure into the log's days.
 */
export function assembleEntries(blocks: readonly Block[], vocabulary: Vocabulary, lastLine: number, template: Template): EntryDraft[] {
  const entries: EntryDraft[] = []
  let current = null as EntryDraft | null
  let section = null as Section | null
  let depth = 0
  let yearAbove: number | null = null
  /** The depth of the last heading outside any entry: bold and date-line days stand under it. */
  let outerDepth = 0

  /** Ends the open entry; `end` is its last line (a later pass trims trailing blank lines). */
  const finish = (end: number): void => {
    enclosing = []
    if (current) current.endLine = Math.max(current.line, end)
    // `##### Day01 - [环境搭建](./day-01.md)` and nothing under it: an index of days kept in files of their own.
    if (current?.linked && !current.hasContent && current.sections.length === 0) current.external = true
    current = null as EntryDraft | null
    section = null as Section | null
    sectionIsBullet = false
  }

  let index = 0
  /** The week that wraps the days after it, until the next week or a heading as high as its own. */
  let wrapper: (StretchLabel & { headingDepth: number | null }) | null = null
  const start = (info: LabelInfo, title: string, line: number, headingDepth: number | null, closeDepth: number | null): void => {
    const open: EntryDraft | null = current
    if (info.kind === 'week' || (wrapper?.headingDepth != null && headingDepth !== null && headingDepth <= wrapper.headingDepth))
      wrapper = null
    if (open !== null && info.kind === 'day' && open.info.kind === 'week') {
      // A day inside a week's <details>, or under a week heading of a higher level: the week wraps days.
      const wraps = open.headingDepth === null || headingDepth === null || open.headingDepth < headingDepth
      // The open entry is the last one pushed: look for it from the end.
      if (wraps) entries.splice(entries.lastIndexOf(open), 1)
      const number = open.info.numbers[0]
      if (wraps && number !== undefined) wrapper = { number, form: open.info.form, headingDepth: open.headingDepth }
    }
    // `## Day 1-22 (Python)` over `### Day 1`: a heading over the days of a part, not a day of its own.
    if (
      open !== null &&
      info.kind === 'day' &&
      headingDepth !== null &&
      (open.headingDepth ?? headingDepth) < headingDepth &&
      namesEveryDayOf(open.info, info)
    )
      entries.splice(entries.lastIndexOf(open), 1)
    finish(line - 1)
    // `1주차 (2021/07/23 ~ 2021/07/30)`: a week's dates give their year to the days written without one inside it.
    if (info.kind === 'week' && info.month) yearAbove = info.month.year
    const stretch = info.stretch ?? (info.kind === 'day' && wrapper ? { number: wrapper.number, form: wrapper.form } : undefined)
    current = {
      info,
      title: title.trim(),
      line,
      endLine: line,
      sections: [],
      hasContent: false,
      external: false,
      yearAbove,
      closeDepth,
      headingDepth,
      labelIndex: index,
      ...(stretch ? { stretch } : {})
    }
    entries.push(current)
  }

  /** Sections headed above the open one (`# 今日总结`, then `## 今日目标`): what is written in it is written in them. */
  let enclosing: { section: Section; depth: number }[] = []
  const fill = (target: Section): void => {
    target.empty = false
    for (const e of enclosing) e.section.empty = false
  }
  const markContent = (): void => {
    if (section) fill(section)
    else if (current) current.hasContent = true
  }

  /** The depth of the heading that opened the section; null for a bold label or none. */
  let sectionDepth: number | null = null
  /** The section's label is a bullet's bold words (`- **Tomorrow:**`). */
  let sectionIsBullet = false
  /** A section was written as a bullet somewhere before: the log writes its sections so. */
  let bulletSections = false
  /** The section's label is a plain line (`✅ What I Worked On:`). */
  let sectionIsPlain = false
  /** Lines of boxes not ticked in a checklist of days: days not done yet, neither days nor tasks. */
  const notDone = new Set<number>()
  const openSection = (role: SectionRole, title: string, line: number): void => {
    sectionDepth = null
    sectionIsBullet = false
    sectionIsPlain = false
    if (!current) return
    // Stray emphasis marks left by a label typed `*** Thoughts***` are no part of its name.
    section = { role, title: title.replace(STRAY_EMPHASIS, ''), line, empty: true, items: [] }
    if (role === 'goals') section.forTomorrow = isForTomorrow(title) || namesNextDay(title, current.info)
    current.sections.push(section)
  }

  const addItems = (raw: readonly RawItem[]): void => {
    if (!current) return
    for (const item of raw) {
      const role = section?.role ?? null
      if (!item.explicit && (role === null || !ITEM_ROLES.has(role))) continue
      if (!section) openSection('other', '', item.line)
      const target = section as Section | null
      if (!target) continue
      const done: boolean | null = item.explicit ? item.checked : (markerState(item.marker) ?? roleState(target.role))
      const entry: Item = { text: item.text, done, line: item.line, ...(item.struck ? { struck: true } : {}) }
      target.items.push(entry)
      fill(target)
    }
  }

  blocks.forEach((block, at) => {
    index = at
    switch (block.type) {
      case 'open':
        depth++
        break
      case 'close':
        depth = Math.max(0, depth - 1)
        if (current && current.closeDepth !== null && depth < current.closeDepth) finish(block.line)
        break
      case 'summary': {
        const info = template.labels.get(index)
        if (isWrapper(info)) {
          finish(block.line - 1)
          yearAbove = wrapperYear(info!)
        } else if (info) {
          start(info, block.text, block.line, null, depth)
        } else if (current) {
          markContent()
        }
        break
      }
      case 'heading': {
        const info = template.labels.get(index)
        const named = sectionHeading(block.text)
        const role = roleOf(named.title, vocabulary)
        const open: EntryDraft | null = current
        if (isWrapper(info)) {
          finish(block.line - 1)
          yearAbove = wrapperYear(info!)
        } else if (info && open && sameLabel(info, open.info) && open.sections.length === 0 && !open.hasContent) {
          // `## Day 1 - 03/12/25` repeating its <summary> is the same entry's title.
        } else if (info && open && open.headingDepth === null && open.closeDepth !== null && depth >= open.closeDepth && role) {
          // `## DAY 1 소감` inside a day's <details> is that day's reflection, not a new day.
          openSection(role, named.title, block.line)
          if (named.written) markContent()
        } else if (role === 'goals' && info?.kind === 'day' && info.topic !== '' && plansAhead(info, block.depth, open)) {
          // `### Day1计划` under `## Day 0`: the plan for the next day, written in this one.
          openSection(role, named.title, block.line)
          if (named.written) markContent()
        } else if (info?.kind === 'week' && open?.info.kind === 'day' && open.headingDepth !== null && block.depth > open.headingDepth) {
          // `#### week0` under `### 2025.02.06`: the course's week the day studied, a heading of the day's writing.
          markContent()
        } else if (
          info &&
          !speaksOfOpenDay(info, block.depth, open) &&
          (info.kind === 'week' || info.numbers.length > 0 || info.dates.length > 0 || info.slashDates.length > 0)
        ) {
          // `## Day 1` over `*2023-03-20*`: the line under it dates the day.
          const below = template.datedBelow.get(index)
          start(below ? { ...info, dates: below.dates, slashDates: below.slashDates } : info, block.text, block.line, block.depth, depth)
          if (block.link && current) current.linked = true
          outerDepth = block.depth
        } else if (open && template.echoes.has(index)) {
          // `### Day001` right after `### 1日目`, naming that day again: a heading of its writing.
          markContent()
        } else if (open) {
          // `### Day 1` then `### Today's Progress` or `### 1. 마크다운`: a log that writes the day's headings at the day's
          // own level. A heading of that level right under the day, and any after it, is the day's.
          const untouched = open.sections.length === 0 && !open.hasContent
          if (block.depth === open.headingDepth && (open.flat || untouched)) open.flat = true
          // `#### Day 1` over `## Environment setup`, in a log whose days do so (template.ts): the day's writing.
          else if (
            template.headsAbove &&
            open.headingDepth !== null &&
            block.depth < open.headingDepth &&
            untouched &&
            open.writtenFrom === undefined
          )
            open.writtenFrom = block.depth
          // A line underlined with `---` under a day's writing is that day's, whatever its level; so is a heading
          // inside a `<details>` the day opened (`# 정렬 요약` folded under `## 2025.05.12 TIL`).
          else if (
            open.headingDepth !== null &&
            block.depth <= open.headingDepth &&
            !template.betweenDays.has(index) &&
            !(open.writtenFrom !== undefined && block.depth >= open.writtenFrom) &&
            !block.setext &&
            !(open.closeDepth !== null && depth > open.closeDepth)
          ) {
            finish(block.line - 1)
            outerDepth = block.depth
            break
          }
          // A section a heading opened holds the deeper sections headed under it.
          const holder = section !== null && sectionDepth !== null && sectionDepth < block.depth ? { section, depth: sectionDepth } : null
          enclosing = enclosing.filter((e) => e.depth < block.depth)
          if (role) {
            if (holder) enclosing.push(holder)
            openSection(role, named.title, block.line)
            sectionDepth = block.depth
            if (named.written) markContent()
            break
          }
          // `### 📊 学習時間` after `### 📝 次回の予定`: a heading no deeper than the section's own ends it, though its
          // words name no section. What follows is the day's writing, not the section's tasks.
          if (section && sectionDepth !== null && block.depth <= sectionDepth) section = null
          if (block.text !== '') markContent()
        } else {
          outerDepth = block.depth
        }
        break
      }
      case 'label': {
        const info = template.labels.get(index)
        if (template.datedBelow.has(index - 1)) {
          if (block.rest) markContent()
          break
        }
        if (info) {
          start(info, labelTitle(block), block.line, outerDepth + 0.5, depth)
          // `**Day 12** - 2025/03/03`: a date after the bold words is the label's, not writing; a topic is writing.
          if (block.inline ? info.topic !== '' || block.below === true : block.rest) markContent()
          break
        }
        if (!current) break
        // A bullet's bold words name a section where the day's sections are bullets; inside a section under a heading
        // (`#### Tasks Completed`, then `- **Description:** …`) they are that section's writing. A plain bullet with
        // nothing under it (`- 느낀 점`) names one only in a log that writes its sections as bullets: alone, it is a task.
        // Bold words inside a section a heading opened (`#### 💡 배운 것`, then `**새로 알게 된 개념**`) head part of its
        // writing: the heading stands above them.
        const underHeading = section !== null && sectionDepth !== null
        // `- 배운 것: 스택과 큐`: a section's name, then its writing after a colon, on the bullet itself.
        const bullet = sectionHeading(block.text)
        const named =
          !underHeading &&
          (block.item === undefined || (section === null && (!block.bare || bulletSections || bullet.written)) || sectionIsBullet)
        const role = named ? (roleOf(block.text, vocabulary) ?? (block.styled && !block.rest ? 'other' : null)) : null
        if (role) {
          openSection(role, bullet.title, block.line)
          sectionIsBullet = block.item !== undefined
          bulletSections ||= sectionIsBullet
          if (block.rest || bullet.written) markContent()
        } else if (block.item) {
          // `- **React:** hooks`: a bullet in bold naming no section is writing, and the item it was; after a section
          // written the same way (`- **Next Steps:**`), it ends that section, as a heading of the section's level would.
          if (named && sectionIsBullet) section = null
          addItems([block.item])
          markContent()
        } else if (!underHeading || block.rest || isSentence(block.text)) {
          // Under a heading, bold words alone (`**새로 알게 된 개념**`) are a sub-heading: only what they head is writing.
          // A bold sentence (`**왜 이렇게 설계했을까?**`) is writing itself.
          markContent()
        }
        break
      }
      // A date line, or a bullet that opens with a date: a day where the template says so, else writing.
      case 'content':
      case 'itemLabel': {
        const info = template.labels.get(index)
        const box = block.type === 'itemLabel' ? block.checked : undefined
        if (block.type === 'itemLabel' && block.row && !block.rest && info?.kind === 'day' && undated(info)) {
          // `| 22 | [] | |`: a row numbered ahead in a table of days, not filled in yet: a day not written (the calendar
          // says if it is due). A dated row with nothing else is a day left empty.
        } else if (box === false && info?.kind === 'day') {
          // A box not ticked in a checklist of days: a day not done yet, which the calendar or the count reports
          // missing, and no task. (A ticked one is a day, below.)
          notDone.add(block.line)
        } else if (box !== undefined && info?.kind !== 'day') {
          // A box naming no day of the log's is a task, as any box is.
        } else if (template.datedBelow.has(index - 1)) {
          if (block.type === 'content' && block.more) markContent()
        } else if (isWrapper(info)) {
          finish(block.line - 1)
          yearAbove = wrapperYear(info!)
        } else if (info) {
          start(info, block.text ?? '', block.line, outerDepth + 0.5, depth)
          // A date line's words after the date (`04.10: 스프링 강의`) are that day's writing, as lines under it are.
          if (block.type === 'content' ? block.more || (info.kind === 'day' && !block.link && !isPlaceholder(info.topic)) : block.rest)
            markContent()
          // `Day28 : [Day28](notes/Day28.md)` with nothing under it: the day is written in that file; problems solved
          // that day, named by their pages (`2일: 백준 [A + B](https://www.acmicpc.net/…)`), are its writing.
          if (block.type === 'content' && block.link && current) {
            if (linksOnlyProblems(block.text ?? '')) markContent()
            else current.linked = true
          }
          // `* [13일차 - 2021.10.18](./TIL/13일차.md)`: a bullet that is only a link to the day's file.
          if (block.type === 'itemLabel' && block.link && current) current.linked = true
          // A day written as a table row is that row.
          if (block.type === 'itemLabel' && block.row && current) {
            current.row = true
            finish(block.line)
          }
        } else if (block.type === 'itemLabel' && block.row) {
          // A row of a table inside a day: the table's writing was said where the table starts.
        } else if (current) {
          // `✅ What I Worked On:` alone on its line: a section label written plain, over its list. Inside a section a
          // heading or bold words opened, such a line (`오늘 배운 주제:`) is that section's writing.
          const plain = section === null || sectionIsPlain || section.title === ''
          const role = plain && block.type === 'content' && !block.more ? plainLabelRole(block.text, vocabulary) : null
          if (role) {
            openSection(role, plainTitle(block.text!), block.line)
            sectionIsPlain = true
          } else markContent()
        }
        break
      }
      case 'items': {
        // A day that starts at a bullet (`- **09.11** 백준`) does not hold that bullet as its task.
        const open = current as EntryDraft | null
        const raw = block.items.filter((i) => i.line !== open?.line && !notDone.has(i.line))
        addItems(raw)
        if (open && raw.some((i) => !i.explicit) && !section) open.hasContent = true
        break
      }
      case 'indexRow': {
        const info = block.unnamed ? null : readLabel(block.text)
        if (info && info.kind === 'day') {
          start(info, block.text, block.line, null, null)
          const entry = current as EntryDraft | null
          if (entry) {
            // A row that links nowhere, among rows that do, holds its day's writing itself.
            entry.external = block.inPlace !== true
            entry.hasContent = block.inPlace !== true || block.written === true
            entry.row = true
            if (block.inPlace) entry.inPlace = true
          }
          finish(block.line)
        }
        break
      }
    }
  })
  finish(lastLine)
  return entries
}
