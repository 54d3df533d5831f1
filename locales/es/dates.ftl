# Dates, as every page and mail writes them (src/i18n.rs).
# A day: $day (a number), $month (a month name below), $year.
date-long = { $day } de { $month } de { $year }
# A day without its year, short, for a chart's axis.
date-short = { $day } { $month }
# A day and a time of day (UTC): $date (as date-long), $time (13:05).
date-time = { $date }, { $time }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
