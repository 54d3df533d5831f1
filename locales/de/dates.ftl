# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $day }. { $month } { $year }
# A day without its year, short, for a chart's axis.
date-short = { $day }. { $month }
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date }, { $time }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
