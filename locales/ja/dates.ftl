# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $year }年{ $month }{ $day }日
# A day without its year, short, for a chart's axis.
date-short = { $month }{ $day }日
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date } { $time }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
