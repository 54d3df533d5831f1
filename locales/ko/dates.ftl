# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $year }년 { $month } { $day }일
# A day without its year, short, for a chart's axis.
date-short = { $month } { $day }일
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date } { $time }
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
month-short-1 = 1월
month-short-2 = 2월
month-short-3 = 3월
month-short-4 = 4월
month-short-5 = 5월
month-short-6 = 6월
month-short-7 = 7월
month-short-8 = 8월
month-short-9 = 9월
month-short-10 = 10월
month-short-11 = 11월
month-short-12 = 12월
