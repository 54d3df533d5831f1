# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $day } { $month } { $year }
# A day without its year, short, for a chart's axis.
date-short = { $day } { $month }
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date }, { $time }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
month-short-1 = gen
month-short-2 = feb
month-short-3 = mar
month-short-4 = apr
month-short-5 = mag
month-short-6 = giu
month-short-7 = lug
month-short-8 = ago
month-short-9 = set
month-short-10 = ott
month-short-11 = nov
month-short-12 = dic
