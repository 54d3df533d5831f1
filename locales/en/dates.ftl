# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $day } { $month } { $year }
# A day without its year, short, for a chart's axis.
date-short = { $day } { $month }
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date } { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
