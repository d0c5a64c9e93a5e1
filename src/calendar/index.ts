/** The calendar core: pure date logic, no I/O. */
export * from './dates.js'
export * from './workdays.js'
export * from './holidays.js'
export * from './calendar.js'
export * from './due.js'
