# Páginas de administración: panel, campañas y lotes (véase locales/en/admin-campaigns.ftl).

## Panel
admin-dashboard-title = Panel de administración
admin-dashboard-heading = Panel
admin-dashboard-locked = Desde su última visita, el área de administración de su cuenta se bloqueó tras demasiados códigos incorrectos:
admin-dashboard-locked-when = el { $at }, hasta el { $until }
admin-dashboard-locked-advice = Si usted no introdujo esos códigos, otra persona tenía su enlace de inicio de sesión: avise a los demás administradores y cierre todas las sesiones con { $command }.
admin-dashboard-adoption-heading = Adopción de la autenticación en dos pasos entre los mantenedores de proyectos críticos
admin-dashboard-adoption-region = Adopción de la autenticación en dos pasos
admin-dashboard-protection = Protección
admin-dashboard-maintainers = Mantenedores
admin-dashboard-share = Proporción
admin-dashboard-security-key = Llave de seguridad
admin-dashboard-totp-only = Solo TOTP
admin-dashboard-no-factor = Ninguna
admin-dashboard-all = Todos
admin-dashboard-registry-heading = Titularidad comprobada con el registro
admin-dashboard-registry-hint = Desde que se inició este servidor. Cuando el registro no dio una respuesta útil, decidieron los datos importados.
admin-dashboard-registry-asked = Consultas
admin-dashboard-registry-cached = Respondidas desde la caché
admin-dashboard-registry-fallbacks = Sin respuesta útil (decidieron los datos importados)
admin-dashboard-registry-refusals = Solicitudes rechazadas: todos los roles críticos perdidos
admin-dashboard-mail-heading = Correo
admin-dashboard-mail-queued = En cola
admin-dashboard-mail-retrying = De ellos, a la espera de reintentar
admin-dashboard-mail-sent = Enviados
admin-dashboard-mail-failed = Fallidos
admin-dashboard-mail-cancelled = Cancelados (ya no procedían)
admin-dashboard-mail-waits = Por qué espera el correo en cola: { $error }
admin-dashboard-failed-region = Mensajes abandonados
admin-dashboard-failed-caption = Mensajes abandonados, primero los más recientes ({ $command } los vuelve a poner en cola)
admin-dashboard-failed-message = Mensaje
admin-dashboard-failed-to = Para
admin-dashboard-campaign = Campaña
admin-dashboard-failed-attempts = Intentos
admin-dashboard-failed-given-up = Abandonado
admin-dashboard-failed-last-error = Último error
admin-dashboard-no-campaign = Todavía no hay ninguna campaña.
admin-dashboard-dates = Solicitudes abiertas del { $from } al { $to }.
admin-dashboard-dates-closed = Solicitudes abiertas del { $from } al { $to }; cerradas por un administrador.
admin-dashboard-eligible = Mantenedores con derecho
admin-dashboard-signed-in = Con sesión iniciada
admin-dashboard-claimed = Solicitados
admin-dashboard-redeemed = Canjeados
admin-dashboard-expired = Caducados
admin-dashboard-revoked = Revocados
admin-dashboard-codes-left = Códigos restantes
admin-dashboard-keys-heading = Llaves en uso
admin-dashboard-keys-holders = Mantenedores que recibieron un código
admin-dashboard-keys-at-claim = Con llave de seguridad al solicitar
admin-dashboard-keys-now = Con llave de seguridad ahora
admin-dashboard-keys-gained = Registraron una después de solicitar
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } mantenedor solicitó antes de que keydrop anotara las llaves en el momento de la solicitud: solo cuenta en «ahora».
       *[other] { $count } mantenedores solicitaron antes de que keydrop anotara las llaves en el momento de la solicitud: solo cuentan en «ahora».
    }
admin-dashboard-keys-now-note = «Ahora» corresponde a la última importación del registro.
admin-dashboard-batches-heading = Lotes
admin-dashboard-no-batch = Todavía no se ha cargado ningún lote: { $link }.
admin-dashboard-no-batch-link = suba o genere uno
admin-dashboard-batch = Lote
admin-dashboard-countries = Países
admin-dashboard-expires = Caduca
admin-dashboard-days-to-expiry = Días hasta caducar
admin-dashboard-codes = Códigos
admin-dashboard-left = Quedan
admin-dashboard-assigned = Asignados
admin-dashboard-all-countries = todos
admin-dashboard-batch-expired = caducado
admin-dashboard-no-country = Todavía no hay ningún país: los códigos se cuentan por país en cuanto se carga un lote.
admin-dashboard-country = País

## Gráfico diario
admin-chart-title = Solicitudes y canjes por día
admin-chart-period-day = El { $day }:
admin-chart-period = Del { $from } al { $to }:
admin-chart-totals = { $claimed } solicitados, { $redeemed } canjeados.
admin-chart-desc-lines = Las solicitudes son la línea continua; los canjes, la discontinua. La tabla de cifras diarias bajo el gráfico contiene todos los valores.
admin-chart-day = Día
admin-chart-per-day = Códigos por día
admin-chart-claims = Solicitudes
admin-chart-redemptions = Canjes
admin-chart-caption-day = Solicitudes (línea continua) y canjes (línea discontinua) por día, el { $day }.
admin-chart-caption = Solicitudes (línea continua) y canjes (línea discontinua) por día, del { $from } al { $to }.
admin-chart-in-total = En total: { $claimed } solicitados, { $redeemed } canjeados.
admin-chart-no-data = No se solicitó ni canjeó ningún código en este periodo.
admin-chart-daily-numbers = Cifras diarias
admin-chart-total = Total
admin-phase-from = Fase desde el { $day }

## Gráfico de resultados
admin-outcome-heading = Los resultados, importación a importación
admin-outcome-title = Segundos factores entre los mantenedores de proyectos críticos, por importación del registro
admin-outcome-imports = { $count ->
        [one] { $count } importación del registro del { $from } al { $to }.
       *[other] { $count } importaciones del registro del { $from } al { $to }.
    }
admin-outcome-latest = En la última: { $projects } proyectos críticos, { $maintainers } mantenedores críticos, de los cuales { $any } con algún segundo factor, { $totp } con TOTP y { $keys } con llave de seguridad.
admin-outcome-desc-table = La tabla bajo el gráfico contiene todos los valores.
admin-outcome-x-caption = Importación del registro
admin-outcome-y-caption = Proyectos o mantenedores
admin-outcome-critical-projects = Proyectos críticos
admin-outcome-critical-maintainers = Mantenedores críticos
admin-outcome-any-factor = Algún segundo factor
admin-outcome-totp = TOTP
admin-outcome-security-key = Llave de seguridad
admin-outcome-caption = Proyectos críticos (punteado gris), sus mantenedores (continuo azul) y, de ellos, los que tienen algún segundo factor (trazo y punto morado), TOTP (discontinuo naranja) y llave de seguridad (continuo verde), tal como los encontró cada importación del registro.
admin-outcome-figures = Cifras por importación
admin-outcome-table-caption = Proyectos críticos y segundos factores de sus mantenedores, por importación del registro
admin-outcome-import-utc = Importación (UTC)
admin-outcome-with-totp = Con TOTP
admin-outcome-with-key = Con llave de seguridad
admin-outcome-with-any = Con algún segundo factor
admin-outcome-none = Todavía no se ha registrado ninguna importación del registro: las cifras empiezan con el próximo { $command }.

## Campañas
admin-campaign-error-prefix = Error:{" "}
admin-campaign-list-title = Campañas · administración
admin-campaign-list-heading = Campañas
admin-campaign-list-empty = Todavía no hay ninguna campaña: cree la primera abajo.
admin-campaign-list-caption = Todas las campañas, primero la que empieza más tarde
admin-campaign-column-campaign = Campaña
admin-campaign-column-claims = Solicitudes
admin-campaign-column-from = Desde
admin-campaign-column-to = Hasta
admin-campaign-column-countries = Países
admin-campaign-new-heading = Nueva campaña
admin-campaign-create = Crear la campaña
admin-campaign-badge-open = abierta
admin-campaign-badge-not-open = no abierta
admin-campaign-status-upcoming = todavía no abiertas
admin-campaign-status-open = abiertas
admin-campaign-status-closed = cerradas por un administrador
admin-campaign-status-ended = terminadas
admin-campaign-status-purged = depuradas
admin-campaign-page-title = { $name } · administración
admin-campaign-saved = Guardado.
admin-campaign-claims-status = Solicitudes: { $status }.
admin-campaign-purged = Sus datos personales se eliminaron el { $day }; su archivo conserva los recuentos.
admin-campaign-switch-heading = Interruptor de emergencia
admin-campaign-closed-note = Las solicitudes están cerradas, digan lo que digan las fechas. Los mantenedores que tienen un código lo siguen viendo y pueden canjearlo.
admin-campaign-reopen = Volver a abrir las solicitudes
admin-campaign-close-note = Cerrar detiene al instante todas las solicitudes, en todos los servidores. Los códigos ya solicitados se quedan con sus titulares.
admin-campaign-close = Cerrar las solicitudes ahora
admin-campaign-coupon = Cupón: { $coupon }.
admin-campaign-no-coupon = Cupón: aún no creado.
admin-campaign-promotion-codes = Códigos promocionales: { $published } publicados, { $pending } en espera, { $failed } fallidos (se reintentarán más tarde), { $deactivated } desactivados.
admin-campaign-stripe-failure = Último fallo: { $reason }
admin-campaign-exports-heading = Exportaciones (CSV)
admin-campaign-export-codes = Códigos con su estado y titular
admin-campaign-export-claims = Solicitudes y canjes por país y día
admin-campaign-export-audit = El registro de auditoría de la campaña
admin-campaign-archives-heading = Archivos
admin-campaign-no-archive = Ninguno todavía. Cuando termine la campaña, { $archive } conserva sus recuentos (por país, día y lote, sin nombres de usuario ni correos); { $purge } elimina después sus datos personales.
admin-campaign-archive = Archivo { $id }
admin-campaign-archive-made = , creado el { $day } por { $by }
admin-campaign-settings-heading = Configuración
admin-campaign-settings-hint = Los códigos ya solicitados se quedan con sus titulares, cambie lo que cambie aquí.
admin-campaign-save-settings = Guardar la configuración
admin-campaign-not-saved = { $count ->
        [one] La campaña no se guardó: hay un problema que corregir.
       *[other] La campaña no se guardó: hay { $count } problemas que corregir.
    }
admin-campaign-field-name = Nombre
admin-campaign-field-countries = Países a los que se envían las llaves (códigos ISO 3166-1, p. ej. US,CA,GB)
admin-campaign-field-starts = Primer día de solicitudes (UTC)
admin-campaign-field-ends = Último día de solicitudes (UTC)
admin-campaign-field-store = La tienda del proveedor, donde se canjean los códigos (opcional)
admin-campaign-field-keys = Llaves que paga un código
admin-campaign-field-cutoff = Las cuentas creadas después de este día no tienen derecho (opcional)
admin-campaign-field-key-holders = Los mantenedores que ya usan una llave de seguridad también pueden solicitar
admin-campaign-field-fulfilment = Dónde se canjean los códigos
admin-campaign-field-vendor = En la tienda del proveedor (el enlace de arriba)
admin-campaign-field-stripe = Mediante el pago con Stripe de keydrop (el pedido no cuesta nada: cada código es un código promocional del 100 %)
admin-campaign-field-product = Stripe: nombre del producto
admin-campaign-field-price = Stripe: precio de una llave, en la unidad más pequeña de la moneda (3000 para 30,00)
admin-campaign-field-currency = Stripe: moneda (ISO 4217, p. ej. eur)
admin-campaign-field-ended-message = Lo que leen los mantenedores cuando la campaña ha terminado o está cerrada (opcional)
admin-campaign-problem-starts = Indique el primer día como fecha, por ejemplo 2026-12-01.
admin-campaign-problem-ends = Indique el último día como fecha, por ejemplo 2027-01-31.
admin-campaign-problem-cutoff = Indique la fecha límite de las cuentas como fecha, o deje el campo vacío.
admin-campaign-problem-keys-number = Indique las llaves por código como número entero.
admin-campaign-problem-countries = Países: { $problem }.
admin-campaign-problem-name-empty = Dé un nombre a la campaña.
admin-campaign-problem-name-long = El nombre es demasiado largo: 80 caracteres como máximo.
admin-campaign-problem-name-slash = El nombre no puede contener «/»: forma parte de las direcciones de la API.
admin-campaign-problem-ends-before = El último día ({ $ends }) es anterior al primero ({ $starts }).
admin-campaign-problem-keys-range = Las llaves por código deben estar entre 1 y 10.
admin-campaign-problem-store-url = El enlace de la tienda debe ser una dirección web que empiece por https:// o http://.
admin-campaign-problem-message-long = El mensaje tras el final es demasiado largo: 2000 caracteres como máximo.
admin-campaign-problem-fulfilment = Elija dónde se canjean los códigos: la tienda del proveedor o Stripe.
admin-campaign-problem-stripe-product = Una campaña de Stripe necesita un nombre de producto, un precio y una moneda.
admin-campaign-problem-unit-amount = Indique el precio como número entero en la unidad más pequeña de la moneda (3000 para 30,00).
admin-campaign-problem-currency = Indique la moneda con un código ISO 4217 de tres letras, por ejemplo eur o usd.
admin-campaign-problem-name-taken = Ya existe una campaña llamada «{ $name }».
admin-campaign-problem-hand-back = los códigos devueltos vuelven al inventario o se retiran
admin-campaign-country-empty = no se indicó ningún país
admin-campaign-country-mistake = { $given } no es un código ISO 3166-1: use { $meant } ({ $name })
admin-campaign-country-unknown = { $given } no es un código de país ISO 3166-1 alfa-2
admin-campaign-nothing-saved = No se guardó nada: { $problem }.
admin-campaign-hand-back-heading = Códigos devueltos
admin-campaign-hand-back-legend = Un código que su titular devuelve
admin-campaign-hand-back-restock = vuelve al inventario, para la próxima solicitud
admin-campaign-hand-back-retire = se retira: nadie lo vuelve a recibir
admin-campaign-hand-back-claim-again = Los titulares que devuelven un código pueden solicitar otro
admin-campaign-save = Guardar
admin-dashboard-handed-back = Códigos devueltos por sus titulares: { $restocked } de vuelta en el inventario, { $retired } retirados.

## Ofertas
admin-offer-heading = Ofertas
admin-offer-hint = Los tipos de llave que da la campaña. Un mantenedor cuyo país reciben varias ofertas (con códigos restantes) elige una; cada lote pertenece a una oferta.
admin-offer-save = Guardar esta oferta
admin-offer-add-legend = Añadir una oferta
admin-offer-add = Añadir la oferta
admin-offer-column = Oferta
admin-offer-field-name = Nombre
admin-offer-field-vendor = Proveedor
admin-offer-field-store = Enlace de la tienda
admin-offer-field-keys = Llaves por código
admin-offer-field-countries = Países a los que envía (p. ej. US,CA)
admin-offer-field-offer = Oferta (necesaria cuando la campaña tiene varias; la página de la campaña las enumera)
admin-offer-problem-name-empty = el nombre de la oferta no puede estar vacío
admin-offer-problem-name-long = el nombre de la oferta supera los { $max } caracteres
admin-offer-problem-vendor-long = el nombre del proveedor supera los { $max } caracteres
admin-offer-problem-keys = las llaves por código deben estar entre 1 y { $max }
admin-offer-problem-store-url = el enlace de la tienda debe ser una URL http o https
admin-offer-problem-no-countries = una oferta se envía al menos a un país
admin-offer-problem-name-taken = la campaña ya tiene una oferta llamada «{ $name }»
admin-offer-problem-keys-number = indique las llaves por código como número entero
admin-offer-problem-countries = países: { $problem }

## Fases
admin-phase-heading = Fases
admin-phase-hint = Las reglas de arriba rigen desde el primer día de la campaña. Una fase cambia algunas a partir de su día; está en vigor la última fase cuyo día ha llegado.
admin-phase-none-scheduled = No hay ninguna fase programada.
admin-phase-from-changes = Desde el { $day }: { $changes }
admin-phase-remove = Quitar
admin-phase-field-from = Desde (un día posterior al primero, hasta el último)
admin-phase-rule-critical = Solo mantenedores de proyectos críticos
admin-phase-rule-totp = Excluir a los mantenedores que usan TOTP
admin-phase-rule-key-holders = Permitir solicitar a quienes ya tienen llave
admin-phase-rule-cutoff = Fecha límite de las cuentas
admin-phase-rule-set = { $rule }: { $value }
admin-phase-rule-separator = {"; "}
admin-phase-as-before = como antes
admin-phase-yes = sí
admin-phase-no = no
admin-phase-no-cutoff = ninguna
admin-phase-field-cutoff = Fecha límite de las cuentas (vacío: como antes; none: sin límite; o una fecha)
admin-phase-schedule = Programar la fase
admin-phase-column-from = Desde
admin-phase-column-critical = Rol crítico exigido
admin-phase-column-totp = Usuarios de TOTP excluidos
admin-phase-column-key-holders = Titulares de llaves admitidos
admin-phase-column-eligible = Con derecho
admin-phase-problem-not-a-date = indique el primer día de la fase como fecha, por ejemplo 2026-12-01
admin-phase-problem-changes-nothing = una fase cambia al menos una regla: require-critical, exclude-totp, allow-key-holders o account-cutoff
admin-phase-problem-outside = una fase empieza después del primer día de la campaña ({ $starts }) y no más tarde del último ({ $ends })
admin-phase-problem-cutoff = la fecha límite de las cuentas debe ser una fecha como 2022-07-01, o none; no «{ $given }»
admin-phase-problem-taken = la campaña ya tiene una fase desde el { $day }
admin-phase-problem-no-such = no hay ninguna fase desde el { $day }
admin-phase-problem-rule-choice = una regla se deja como está, se pone en sí o se pone en no

## Lotes
admin-batch-title = Lotes · administración
admin-batch-problem-expiry = Indique la fecha de caducidad como fecha, por ejemplo 2026-12-31.
admin-batch-problem-count = Indique un número de códigos entre 1 y 1 000 000.
admin-batch-problem-prefix = Un prefijo tiene como máximo 12 caracteres, solo letras de la A a la Z y cifras.
admin-batch-problem-no-campaign = No existe ninguna campaña llamada «{ $name }».
admin-batch-problem-expiry-past = La fecha de caducidad { $day } ya ha pasado.
admin-batch-problem-outside = La oferta «{ $offer }» no se envía a { $outside }.
admin-batch-problem-unknown-offer = La campaña «{ $campaign }» no tiene ninguna oferta llamada «{ $offer }». Sus ofertas: { $offers }.
admin-batch-problem-offer-needed = La campaña «{ $campaign }» tiene varias ofertas: indique la del lote ({ $offers }).
admin-batch-generate-heading = Generar un lote
admin-batch-generate-intro = Códigos creados por keydrop, con un carácter de control, cargados al momento; la página siguiente los ofrece en CSV para el proveedor.
admin-batch-field-count = Cuántos códigos
admin-batch-field-prefix = Prefijo (opcional: hasta 12 letras y cifras)
admin-batch-generate = Generar los códigos
admin-batch-field-expires = Los códigos caducan después del
admin-batch-field-countries = Solo para estos países (opcional, p. ej. US,CA)
admin-batch-field-label = Etiqueta (opcional, p. ej. el número de pedido del proveedor)
admin-batch-generated-title = Lote generado · administración
admin-batch-loaded-title = Lote cargado · administración
admin-batch-generated-heading = Lote generado
admin-batch-loaded-heading = Lote cargado
admin-batch-generated-note = { $count ->
        [one] Se generó { $count } código y se cargó como lote { $batch }.
       *[other] Se generaron { $count } códigos y se cargaron como lote { $batch }.
    }
admin-batch-loaded-note = { $count ->
        [one] Se cargó { $count } código como lote { $batch }.
       *[other] Se cargaron { $count } códigos como lote { $batch }.
    }
admin-batch-download = Descargar los códigos (CSV, para el proveedor)
admin-batch-back-dashboard = Volver al panel
admin-batch-load-another = Cargar otro lote
admin-upload-problem-no-file = Elija un archivo para subir.
admin-upload-problem-too-large = El archivo supera { $mib } MiB: divídalo en varios lotes.
admin-upload-problem-confirmed = Esa subida ya se cargó.
admin-upload-problem-bad-lines = { $count ->
        [one] No se cargó nada: { $count } línea es incorrecta (o la cargó otra persona después de la vista previa). Vuelva a subir el archivo para verla.
       *[other] No se cargó nada: { $count } líneas son incorrectas (o las cargó otra persona después de la vista previa). Vuelva a subir el archivo para verlas.
    }
admin-upload-problem-nothing = No se cargó nada: la subida no contiene ningún código válido.
admin-upload-heading = Subir un lote
admin-upload-intro = Un archivo con un código por línea, o un CSV con una columna { $column }. Primero se comprueba cada línea; después verá el resultado y confirmará.
admin-upload-busy = Comprobando el archivo… un millón de códigos tardan uno o dos minutos.
admin-upload-field-file = Archivo ({ $mib } MiB como máximo)
admin-upload-check = Comprobar el archivo
admin-upload-preview-title = Vista previa · administración
admin-upload-preview-heading = Comprobar antes de cargar
admin-upload-all-countries = todos los de la campaña
admin-upload-label = Etiqueta
admin-upload-lines-read = Líneas leídas
admin-upload-good-codes = Códigos válidos
admin-upload-bad-lines = Líneas incorrectas
admin-upload-first-of = Las primeras { $shown } de { $count }:
admin-upload-loading = Cargando…
admin-upload-no-good-code = No hay ningún código válido que cargar.
admin-upload-load-all = { $count ->
        [one] Cargar el código
       *[other] Cargar los { $count } códigos
    }
admin-upload-some-bad = No es posible cargar todas las líneas mientras algunas sean incorrectas. Corrija el archivo y vuelva a subirlo, o cargue solo las líneas válidas.
admin-upload-load-good = { $count ->
        [one] Cargar solo el código válido
       *[other] Cargar solo los { $count } códigos válidos
    }
admin-line-column = Línea
admin-line-why = Motivo
admin-line-empty = vacía
admin-line-bad-characters = caracteres no válidos «{ $chars }»: solo se admiten A–Z, 0–9 y «-»
admin-line-too-short = demasiado corto: { $count } caracteres, al menos 4
admin-line-too-long = demasiado largo: { $count } caracteres, como máximo 64
admin-line-duplicate = duplicado en el archivo: mismo código que la línea { $line }
admin-line-already-loaded = ya cargado
admin-line-not-utf8 = ilegible: no es texto UTF-8
admin-line-not-csv = ilegible: no es un registro CSV
admin-upload-unreadable-header = la línea de encabezado no se puede leer
admin-upload-missing-column = falta la columna «{ $name }» (el encabezado debe nombrar { $names })
admin-upload-unreadable-record = la línea no se puede leer como CSV
admin-upload-report-code = código: { $problem }
admin-upload-report-date = la fecha debe ser como 2026-11-30, no «{ $date }»
admin-upload-problem-separator = {"; "}

## Informe de canjes de un proveedor
admin-vendor-title = Informe de canjes · administración
admin-vendor-heading = Informe de canjes leído
admin-vendor-summary = { $lines ->
        [one] { $lines } línea leída
       *[other] { $lines } líneas leídas
    }: { $redeemed ->
        [one] { $redeemed } código marcado como canjeado
       *[other] { $redeemed } códigos marcados como canjeados
    } ({ $held } en manos de mantenedores, { $never } nunca entregados), { $confirmed } ya canjeados, { $unknown } desconocidos, { $revoked } revocados (siguen revocados).
admin-vendor-unknown = Códigos que keydrop no conoce
admin-vendor-never-assigned = Códigos que keydrop nunca entregó: usados fuera de la campaña, ahora marcados como canjeados para que nadie los reciba
admin-vendor-revoked = Códigos revocados (siguen revocados)
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = Línea { $line }:
admin-vendor-back = Volver a los códigos

## Códigos devueltos
admin-release-heading = Códigos devueltos
admin-release-restocked = el { $day }, de vuelta en el inventario
admin-release-retired = el { $day }, retirado
