# Las páginas de códigos, mantenedores, acceso y llaves de seguridad del área de administración,
# su navegación y sus pasos de confirmación (templates/admin/, src/web/admin/).

## Navegación (todas las páginas de administración)
admin-nav-label = Administración
admin-nav-dashboard = Panel
admin-nav-campaigns = Campañas
admin-nav-batches = Lotes
admin-nav-codes = Códigos
admin-nav-maintainers = Mantenedores
admin-nav-security-keys = Sus llaves de seguridad

## Códigos: la búsqueda y el informe de canje del proveedor
admin-codes-title = Códigos · administración
admin-codes-heading = Códigos
admin-codes-search-label = Código (o su comienzo), nombre de usuario o dirección de correo electrónico
admin-codes-search = Buscar
admin-codes-none-match = Ningún código coincide con «{ $query }».
admin-codes-found = Códigos encontrados
admin-codes-matching = Códigos que coinciden con «{ $query }»
admin-code-column-code = Código
admin-code-column-campaign = Campaña
admin-code-column-state = Estado
admin-code-column-holder = Titular
admin-code-column-country = País
admin-code-column-expires = Caduca
admin-codes-report-heading = Informe de canje del proveedor
admin-codes-report-explained = Un archivo CSV con una columna «code» y una columna «date» (el día en que se usó cada código). Los códigos que contiene se marcan como canjeados; no se marca nada a menos que todas las líneas se puedan leer.
admin-codes-report-no-file = Elija un archivo para subir.
admin-codes-report-too-large = El archivo supera los { $mib } MiB: divídalo.
admin-codes-report-bad-lines = No se ha marcado nada: { $count ->
        [one] { $count } línea del informe no se puede leer
       *[other] { $count } líneas del informe no se pueden leer
    }. Corríjalas y vuelva a subir el informe.
admin-codes-report-line = Línea { $line }: { $problem }
admin-codes-report-file = Informe ({ $mib } MiB como máximo)
admin-codes-report-submit = Marcar como canjeados los códigos del informe

## Estados de un código
admin-code-state-available = disponible
admin-code-state-assigned = asignado
admin-code-state-redeemed = canjeado
admin-code-state-expired = caducado
admin-code-state-revoked = revocado

## La página de un código
admin-code-title = Código { $code } · administración
admin-code-heading = Código
admin-code-campaign = Campaña
admin-code-campaign-batch = { $campaign } (lote { $batch })
admin-code-state = Estado
admin-code-expires = Caduca
admin-code-holder = Titular
admin-code-holder-nobody = nadie
admin-code-country = País declarado
admin-code-assigned = Asignado
admin-code-redeemed = Canjeado
admin-code-redeemed-via-holder = indicado por el titular
admin-code-redeemed-via-vendor = informe del proveedor
admin-code-redeemed-via-admin = marcado por un administrador
admin-code-redeemed-via-stripe = pago con Stripe
admin-code-revoked = Revocado
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = publicado como
admin-code-stripe-inactive = , inactivo en Stripe
admin-code-stripe-times-redeemed = ; canjeado allí { $count ->
        [one] una vez
       *[other] { $count } veces
    }
admin-code-stripe-failed = error
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }, próximo intento { $next }):
admin-code-stripe-deactivated = desactivado en Stripe ({ $when })
admin-code-stripe-waiting = pendiente de publicación
admin-code-act-heading = Actuar sobre este código
admin-code-revoke-reason = Motivo de la revocación (se guarda en el registro de auditoría)
admin-code-revoke = Revocar el código
admin-code-revoke-hint = El titular ve que el código se ha revocado y puede solicitar otro mientras la campaña esté abierta.
admin-code-mark-redeemed = Marcar como canjeado

## El historial de un código
admin-history-heading = Historial
admin-history-empty = No hay nada registrado.
admin-history-when = Cuándo
admin-history-who = Quién
admin-history-what = Qué
admin-history-details = Detalles
admin-history-code-claim = Solicitado
admin-history-code-redeem = Marcado como canjeado
admin-history-code-revoke = Revocado
admin-history-code-expire = Caducado sin usar
admin-history-code-hand-back = Devuelto por su titular
admin-history-stripe-publish = Publicado en Stripe como código promocional
admin-history-stripe-checkout-ignored = Se ignoró un pago de Stripe relacionado
admin-history-stripe-checkout-unknown = Stripe informó de un pago que keydrop no conoce
admin-history-grant-add = Elegibilidad concedida
admin-history-grant-withdraw = Excepción retirada
admin-history-login = Inicio de sesión
admin-history-actor-maintainer = mantenedor { $name }
admin-history-actor-admin = administrador { $name }
admin-history-actor-api-token = token de API { $token }
admin-history-actor-command-line = línea de comandos
admin-history-actor-command-line-of = línea de comandos ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = sistema
admin-history-detail-declared-country = país declarado: { $country }
admin-history-detail-reported-by-holder = indicado por el titular
admin-history-detail-marked-by-admin = marcado por un administrador
admin-history-detail-handed-back-restocked = devuelto al stock
admin-history-detail-handed-back-retired = retirado

## Pasos de confirmación de las acciones de los administradores
admin-action-close-claims-heading = ¿Cerrar ahora las solicitudes de { $campaign }?
admin-action-close-claims-explained = Todas las solicitudes se detienen de inmediato, en todos los servidores, digan lo que digan las fechas. Los códigos ya solicitados siguen en manos de sus titulares. Puede volver a abrir las solicitudes más adelante desde la página de la campaña.
admin-action-close-claims-yes = Sí, cerrar ahora las solicitudes
admin-action-revoke-heading = ¿Revocar el código { $code }?
admin-action-revoke-explained = El código deja de funcionar para su titular, que ve que se ha revocado y puede solicitar otro mientras la campaña esté abierta. Esta acción no se puede deshacer.
admin-action-revoke-reason = Motivo, guardado en el registro de auditoría: { $reason }
admin-action-revoke-yes = Sí, revocar el código

## Mantenedores
admin-maintainers-title = Mantenedores · administración
admin-maintainers-heading = Mantenedores
admin-maintainers-search-label = Nombre de usuario (o su comienzo) o dirección de correo electrónico
admin-maintainers-search = Buscar
admin-maintainers-none-match = Nadie coincide con «{ $query }».

## La página de un mantenedor
admin-maintainer-title = { $username } · administración
admin-maintainer-email = Correo electrónico
admin-maintainer-joined = Cuenta creada
admin-maintainer-two-factors = Doble factor
admin-maintainer-two-factors-key = llave de seguridad
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = ninguno
admin-maintainer-projects = Proyectos críticos
admin-maintainer-no-projects = Sin ningún rol en un proyecto crítico.
admin-maintainer-project = { $project }: { $role },
admin-maintainer-project-rank = puesto { $rank } cuando pasó a ser crítico, el
admin-maintainer-eligibility = Elegibilidad
admin-maintainer-holds = Tiene
admin-maintainer-may-claim = Elegible: puede solicitar un código.
admin-maintainer-grant-heading = Excepción
admin-maintainer-granted-by = Elegibilidad concedida por { $admin } el { $when }:
admin-maintainer-withdraw-reason = Motivo de la retirada
admin-maintainer-withdraw = Retirar la excepción
admin-maintainer-grant-explained = Una excepción hace elegible a este mantenedor sean cuales sean sus roles, la antigüedad de su cuenta o sus llaves, por ejemplo cuando sus proyectos figuran bajo la cuenta de un equipo o una organización. Las fechas y el stock de la campaña se siguen aplicando.
admin-maintainer-grant-needs-reason = Indique un motivo para la excepción.
admin-maintainer-grant-reason = Motivo (se guarda en el registro de auditoría)
admin-maintainer-grant = Conceder la elegibilidad

## El segundo factor del acceso de administración
admin-signin-title = Acceso de administración: segundo factor
admin-signin-title-error = Error: acceso de administración: segundo factor
admin-signin-heading = Se necesita un segundo factor
admin-signin-needs-code = Además de su enlace de acceso, el área de administración necesita un código de su aplicación de autenticación.
admin-signin-needs-code-or-key = Además de su enlace de acceso, el área de administración necesita un código de su aplicación de autenticación o una de sus llaves de seguridad.
admin-signin-needs-key = Además de su enlace de acceso, el área de administración necesita una de sus llaves de seguridad: en este servicio no basta con un código de una aplicación.
admin-signin-use-key-heading = Usar una llave de seguridad
admin-signin-key-refused = No se ha aceptado esa llave de seguridad (una llave de otra cuenta, una llave eliminada o una respuesta ya usada). Inténtelo de nuevo.
admin-signin-use-key = Usar mi llave de seguridad
admin-signin-or-code-heading = O introduzca un código
admin-signin-code-refused = Ese código no es correcto o ya se ha usado. Introduzca el código que muestra ahora su aplicación.
admin-signin-enrol-heading = Configure su aplicación de autenticación
admin-signin-enrol-scan = Escanee este código QR con una aplicación de autenticación (o introduzca a mano la clave de abajo).
admin-signin-enrol-qr = Código QR con la clave para su aplicación de autenticación
admin-signin-enrol-enter = Para terminar, introduzca el código de seis dígitos que muestra.
admin-signin-enrol-secret = Clave, para introducirla a mano:
admin-signin-enrol-keep-secret = Esta clave solo se muestra hasta que su primer código la confirme. Manténgala en secreto.
admin-signin-recovery-hint = ¿Ha perdido su teléfono? En lugar del código, introduzca uno de los códigos de recuperación que recibió al configurar la aplicación; cada uno funciona una sola vez. Tienen este aspecto:
admin-signin-code-label = Código de seis dígitos
admin-signin-code-or-recovery-label = Código de seis dígitos o código de recuperación
admin-signin-continue = Continuar

## Códigos de recuperación, mostrados una vez tras configurar la aplicación
admin-recovery-title = Sus códigos de recuperación
admin-recovery-heading = Su aplicación de autenticación está configurada
admin-recovery-explained = Si alguna vez pierde el teléfono con su aplicación de autenticación, cada uno de estos códigos de recuperación le permite entrar una vez en el área de administración, en lugar de un código de seis dígitos.
admin-recovery-shown-once = Solo se muestran ahora
admin-recovery-keep = : imprímalos o guárdelos en su gestor de contraseñas, lejos de su teléfono.
admin-recovery-continue = Ya los he guardado: continuar

## Las llaves de seguridad del administrador
admin-keys-title = Sus llaves de seguridad
admin-keys-explained = Una llave de seguridad puede ser su segundo factor para el área de administración, en lugar de un código de su aplicación de autenticación.
admin-keys-required = En este servicio se exige una llave: los códigos de la aplicación solo le permiten registrar su primera llave.
admin-keys-added = Se ha añadido su llave «{ $name }». Úsela la próxima vez que el área de administración le pida su segundo factor.
admin-keys-removed = Se ha eliminado la llave «{ $name }»: ya no abre el área de administración.
admin-keys-not-added = No se ha añadido la llave: su respuesta no se pudo verificar o el registro tardó más de cinco minutos. Inténtelo de nuevo.
admin-keys-already-registered = Esa llave ya está registrada.
admin-keys-last-factor = Esa llave es su último segundo factor, así que no se puede eliminar: añada antes otra llave.
admin-keys-last-accepted-factor = Esa llave es su último segundo factor que este servicio acepta, así que no se puede eliminar: añada antes otra llave.
admin-keys-none = Todavía no tiene ninguna llave de seguridad.
admin-keys-column-name = Nombre
admin-keys-column-added = Añadida
admin-keys-column-last-used = Último uso
admin-keys-column-remove = Eliminar
admin-keys-never-used = nunca
admin-keys-remove = Eliminar «{ $name }»
admin-keys-add-heading = Añadir una llave
admin-keys-name-label = Un nombre para la llave, para distinguirla de las demás
admin-keys-press-hint = Pulse el botón y, cuando la llave parpadee, tóquela. Se necesita JavaScript.
admin-keys-add = Añadir esta llave
admin-keys-unavailable = Aquí no se pueden usar llaves de seguridad: la dirección del servicio (KEYDROP_BASE_URL) debe ser un nombre de dominio, no una dirección IP.
admin-keys-totp-stays = Su aplicación de autenticación sigue configurada.
admin-keys-totp-stays-fallback = Su aplicación de autenticación sigue configurada como alternativa.
admin-keys-js-unsupported = Este navegador no puede usar llaves de seguridad.
admin-keys-js-failed = No se ha podido usar la llave de seguridad.
admin-keys-js-touch = Toque ahora su llave de seguridad.
admin-keys-js-no-answer = La llave de seguridad no ha respondido o se ha cancelado la solicitud. Inténtelo de nuevo.
admin-keys-start-needs-domain = Las llaves de seguridad requieren que el servicio esté en un nombre de dominio.
admin-keys-start-name-length = Dé a la llave un nombre de 1 a { $max } caracteres.
admin-keys-start-unavailable = Aquí no se puede usar ninguna llave de seguridad.
admin-keys-start-no-key = Esta cuenta no tiene ninguna llave de seguridad.

## El área de administración, para quien no es administrador
admin-forbidden-title = Solo para administradores
admin-forbidden-explained = Esta parte de keydrop es para los administradores de la campaña, y su cuenta no es una de ellas.
admin-forbidden-giveaway-link = Ir a su página de la campaña
