# Las páginas de los mantenedores: inicio, acceso, página de la campaña, devolución, correo, errores.

## Inicio
home-title = Llaves de seguridad para proyectos críticos
home-heading = Llaves de seguridad para los mantenedores de proyectos críticos
home-signed-out = Ha cerrado la sesión.
home-intro = Los mantenedores de los proyectos más descargados del registro pueden obtener llaves de seguridad físicas de forma gratuita. Un código promocional de este sitio, canjeado en la tienda del fabricante, paga las llaves y su envío.
home-how = Para saber si puede participar, inicie sesión con su nombre de usuario del registro o su dirección de correo electrónico: enviamos un enlace de acceso de un solo uso a la dirección de su cuenta.
home-who-heading = Quién puede participar
home-who-critical = Usted es Owner o Maintainer de un proyecto crítico: uno del 1 % más descargado de los últimos seis meses. Un proyecto que fue crítico una vez sigue siéndolo.
home-who-ships = Las llaves pueden enviarse a su país.
home-who-no-key = Su cuenta aún no usa una llave de seguridad (algunas campañas también aceptan a quienes ya la usan).

## Acceso
login-sign-in = Iniciar sesión
login-empty = Introduzca su nombre de usuario del registro o la dirección de correo electrónico de su cuenta.
login-link-used = Este enlace de acceso ya se ha usado. Cada enlace funciona una sola vez: solicite uno nuevo a continuación.
login-link-expired = Este enlace de acceso ha caducado: los enlaces son válidos durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Solicite uno nuevo a continuación.
login-link-unknown = Este enlace de acceso no es válido. Compruebe que lo ha copiado entero, o solicite uno nuevo a continuación.
login-intro = Enviaremos un enlace de acceso a la dirección de correo electrónico de su cuenta del registro. Funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
login-field = Nombre de usuario o dirección de correo electrónico
login-send = Enviarme un enlace de acceso
login-sent-title = Revise su correo electrónico
login-sent-notice = Si ese nombre de usuario o esa dirección de correo electrónico pertenece a una cuenta, hemos enviado un enlace de acceso a la dirección de correo electrónico de dicha cuenta.
login-sent-works-once = El enlace funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
login-sent-nothing = ¿No ha llegado nada? Revise su carpeta de correo no deseado, o { $link }.
login-sent-ask-again = solicite otro enlace
login-confirm-heading = Iniciar sesión en keydrop
login-confirm-intro = Ha seguido un enlace de acceso. Continúe para iniciar sesión en este dispositivo.
login-confirm-why = El acceso incluye este paso adicional para que los analizadores de correo que abren enlaces no puedan gastar el suyo.

## La página de la campaña
giveaway-title = Su campaña
giveaway-heading = Su campaña de llaves de seguridad
giveaway-none-heading = Todavía no hay ninguna campaña
giveaway-none = En este momento no hay ninguna campaña de llaves de seguridad.
giveaway-claims-open = Las solicitudes están abiertas del { $start } al { $end }.
giveaway-revoked = El código que recibió en esta campaña fue revocado por sus administradores el { $day }: ya no funciona.
giveaway-projects-heading = Sus proyectos críticos
giveaway-no-projects = Ninguno de los proyectos de los que es Owner o Maintainer es crítico (del 1 % más descargado).
giveaway-projects-summary = { $count ->
        [one] 1 proyecto
       *[other] { $count } proyectos
    } del 1 % más descargado de los que es Owner o Maintainer
giveaway-column-project = Proyecto
giveaway-column-role = Su rol
giveaway-column-rank = Posición cuando pasó a ser crítico
giveaway-column-since = Crítico desde
giveaway-mail-heading = Correo de la campaña
giveaway-mail-off-note = Ha desactivado las invitaciones y los recordatorios. Los enlaces de acceso siguen llegando cuando solicita uno.
giveaway-mail-turn-on = Activar invitaciones y recordatorios
giveaway-mail-on-note = Le escribimos para invitarle a una campaña en la que puede participar, unos días antes de su cierre si no ha solicitado un código, y unos días antes de que caduque su código si no lo ha usado. Ninguno de estos mensajes le pide nada.
giveaway-mail-turn-off = Desactivar invitaciones y recordatorios

## El código
code-label = Su código promocional
code-copy = Copiar el código
code-copied = Copiado
code-redeemed-vendor = La tienda informa de que este código se ha usado.
code-redeemed-stripe = Ha pedido sus llaves en nuestra tienda.
code-redeemed-admin = El equipo de la campaña ha marcado este código como usado.
code-redeemed-self = Nos indicó que había pedido sus llaves.
code-redeemed-vendor-on = La tienda informa de que este código se usó el { $day }.
code-redeemed-stripe-on = Pidió sus llaves en nuestra tienda el { $day }.
code-redeemed-admin-on = El equipo de la campaña marcó este código como usado el { $day }.
code-redeemed-self-on = Nos indicó que pidió sus llaves el { $day }.
code-expired = Este código caducó el { $day } sin haberse usado.
code-valid-until = Válido hasta el { $day } ({ $days ->
        [0] hoy es el último día
        [one] queda 1 día
       *[other] quedan { $days } días
    }).
code-how-heading = Cómo usarlo
code-stripe-how = Pida { $keys ->
        [one] su llave
       *[other] sus { $keys } llaves
    } en nuestra tienda en Stripe: el código se aplica automáticamente, el pedido no cuesta nada y Stripe le pide una dirección de envío en uno de los países de esta campaña.
code-stripe-redeem = Canjear: pedir mis llaves
code-step-store = Vaya a { $store }.
code-store-name = la tienda del fabricante
code-step-cart = Ponga exactamente { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    } en el carrito: el código paga { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    } y su envío.
code-step-checkout = Introduzca el código al pagar, con una dirección de envío en su país.
code-step-checkout-declared = Introduzca el código al pagar, con una dirección de envío en el país que indicó: { $country }.
code-does-not-apply = Si la tienda dice que el código no es aplicable, compruebe que el carrito contiene { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    }, ni más ni menos, y que el código está escrito exactamente como se muestra (copiarlo evita errores).
code-ordered = Ya he pedido mis llaves

## El formulario de solicitud
claim-intro = Puede solicitar un código promocional para { $keys ->
        [one] una llave de seguridad
       *[other] { $keys } llaves de seguridad
    }.
claim-country-label = País al que se envían las llaves
claim-country-hint = Su nombre, en español o en uno de los idiomas del país (Deutschland, Schweiz, 日本), o su código de dos letras, como DE o GB. Las llaves se envían a: { $countries }.
claim-list-separator = {", "}
claim-empty = Introduzca el país al que deben enviarse sus llaves.
claim-common-mistake = { $given } no es un código de país ISO: para este país ({ $name }), introduzca { $meant }.
claim-unknown-country = No conocemos ningún país llamado «{ $given }». Introduzca su nombre, en español o en uno de los idiomas del país, o su código ISO de dos letras, como DE o JP.
claim-not-served = Las llaves de esta campaña no se envían a este país: { $country }. No se le ha asignado nada.
claim-none-left-for = No quedan códigos para este país: { $country }.
claim-unknown-offer = La llave que eligió no se ofrece para este país: { $country }. Elija una de las de la lista.
claim-choose-offer = { $count } modelos de llave se envían a este país: { $country }. Elija uno a continuación.
claim-roles-gone = El registro de paquetes indica que hoy ya no tiene un rol de Owner o Maintainer en ningún proyecto crítico, por lo que no se puede solicitar ningún código. No se le ha asignado nada. Si es un error, pida a los propietarios del proyecto que vuelvan a añadirle, o escriba al equipo de la campaña.
claim-button = Solicitar mi código
offer-choice-legend = ¿Qué llave desea?
offer-choice-plain = { $offer }: un código para { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    }
offer-choice-by-vendor = { $offer }, de { $vendor }: un código para { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    }

## Por qué un mantenedor no puede solicitar un código
ineligible-closed = Las solicitudes de esta campaña están cerradas: ya no se entregan más códigos.
ineligible-not-open-yet = Esta campaña se abre el { $day }. Vuelva entonces para solicitar un código.
ineligible-ended = Esta campaña terminó el { $day }. Ya no se entregan más códigos.
ineligible-no-codes-left = Se han solicitado todos los códigos de esta campaña: no queda ninguno.
ineligible-no-critical-role = Esta campaña es para los Owners y Maintainers de proyectos críticos, y su cuenta no es Owner ni Maintainer de ningún proyecto crítico.
ineligible-team-account = Si mantiene un proyecto crítico a través de una cuenta de equipo u organización, pida a { $support } que revise su caso.
ineligible-support-team = el equipo de soporte del registro
ineligible-account-too-new = Esta campaña es para cuentas creadas hasta el { $cutoff }; la suya se creó el { $joined }.
ineligible-has-security-key = Su cuenta ya usa una llave de seguridad, y esta campaña es para mantenedores que aún no tienen una. Gracias por proteger sus proyectos.
ineligible-has-totp = En esta fase la campaña es para mantenedores que aún no tienen un segundo factor, y su cuenta ya usa una aplicación de autenticación. Gracias por proteger sus proyectos.
ineligible-handed-back = Devolvió el código que recibió en esta campaña, y un código devuelto no puede volver a solicitarse aquí.
phase-note-widens = Las condiciones de esta campaña se amplían el { $day } y, desde ese día, le incluyen: vuelva entonces para solicitar un código, mientras queden.

## Devolver un código
release-hint = ¿No va a usar este código? { $link } para que pueda ir a otra persona.
release-hint-link = Devuélvalo
release-title = Devolver su código
release-about = Está a punto de devolver su código promocional { $code } de { $campaign }.
release-restock = Irá a otro mantenedor: no lo use después.
release-retire = Dejará de funcionar: nadie podrá usarlo después.
release-claim-again = Podrá solicitar otro código más adelante, mientras queden.
release-no-claim-again = No podrá solicitar otro código en esta campaña.
release-button = Devolver mi código
release-keep = Conservarlo

## Paso de confirmación
confirm-title = Confirme, por favor
confirm-ordered-heading = ¿Ha pedido sus llaves?
confirm-ordered = Indíquelo solo cuando haya realizado su pedido con el código de { $campaign }: el código contará entonces como usado, y esto no se puede deshacer.
confirm-ordered-button = Sí, he pedido mis llaves
confirm-go-back = No, volver

## Darse de baja del correo de la campaña
unsubscribe-title = Correo de la campaña
unsubscribe-ask = ¿Dejar de recibir invitaciones y recordatorios sobre las campañas de llaves de seguridad para la cuenta { $username }? Los enlaces de acceso siguen llegando cuando solicita uno.
unsubscribe-button = Dejar de recibir el correo de la campaña
unsubscribe-done = Hecho: la cuenta { $username } ya no recibirá invitaciones ni recordatorios.
unsubscribe-turn-on-again = Puede volver a activarlos en su página, una vez que haya { $signed_in }.
unsubscribe-signed-in = iniciado sesión
unsubscribe-unknown = Este enlace no es válido. Compruebe que lo ha copiado entero; o { $sign_in } y desactive el correo de la campaña en su página.
unsubscribe-sign-in = inicie sesión

## Mensajes tras una acción
flash-signed-in = Ha iniciado sesión.
flash-claimed = Su código está listo. Es solo suyo: se muestra aquí cada vez que vuelve.
flash-already-held = Ya tiene un código para esta campaña: aquí lo tiene de nuevo.
flash-redeemed = Gracias: hemos anotado que ha pedido sus llaves.
flash-checkout-done = Gracias por su pedido. Su código aparecerá como canjeado en cuanto Stripe lo confirme, normalmente en menos de un minuto.
flash-checkout-not-ready = Su código todavía se está preparando en la tienda. Inténtelo de nuevo dentro de unos minutos.
flash-mail-on = Las invitaciones y los recordatorios están activados: le escribiremos cuando se abra una campaña, cuando esté a punto de cerrarse o cuando su código esté a punto de caducar.
flash-mail-off = Las invitaciones y los recordatorios están desactivados: no recibirá más. Los enlaces de acceso siguen llegando cuando solicita uno.
flash-checkout-failed = No se pudo contactar con la tienda. Su código no ha cambiado: inténtelo de nuevo dentro de unos minutos.
flash-handed-back = Ha devuelto su código: ya no puede usarlo. Gracias por indicárnoslo.
flash-nothing-to-hand-back = No tiene ningún código sin usar que devolver en esta campaña: ya se devolvió o se usó.

## Páginas de error
error-title = Error: { $title }
error-go-home = Ir a la página de inicio
error-not-found-heading = Página no encontrada
error-not-found = No hay ninguna página en esta dirección.
error-csrf-heading = Este formulario ha caducado
error-csrf = La página desde la que envió el formulario era demasiado antigua, o se abrió en otra sesión. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-heading = No se ha podido leer la solicitud
error-bad-request = Vuelva atrás, recargue la página e inténtelo de nuevo.
error-internal-heading = Algo ha fallado por nuestra parte
error-internal = No hemos podido completar su solicitud y hemos registrado el problema. No se debe a nada que usted haya hecho. Inténtelo de nuevo dentro de un momento.
error-busy-heading = keydrop está muy ocupado en este momento
error-busy = Su solicitud no pudo atenderse a tiempo y no ha cambiado nada. Inténtelo de nuevo dentro de unos segundos: una solicitud de código que no se completó puede repetirse sin más, y un código que ya tiene sigue siendo suyo.
error-too-many-sign-ins-heading = Demasiadas solicitudes de acceso
error-too-many-sign-ins = Se han solicitado enlaces de acceso demasiadas veces en poco tiempo. Si le ha llegado un enlace, el más reciente funciona: ha sustituido a los anteriores. Si no, inténtelo de nuevo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
error-totp-locked-heading = El área de administración de su cuenta está bloqueada
error-totp-locked = Se han introducido demasiados códigos incorrectos para su cuenta, por lo que su área de administración está bloqueada durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Esto ha quedado registrado. Si no fue usted quien los introdujo, puede que otra persona tenga su enlace de acceso: avise a los demás administradores.
error-too-many-claims-heading = Demasiadas solicitudes de código en poco tiempo
error-too-many-claims = Inténtelo de nuevo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Un código que ya tiene sigue siendo suyo.
error-too-many-heading = Demasiadas solicitudes
error-too-many = Inténtelo de nuevo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
error-too-large-heading = Es más de lo que admite esta página
error-too-large = Lo que ha enviado supera lo que admite esta dirección, y no se ha cambiado nada. Vuelva atrás, acórtelo (o reduzca el archivo) e inténtelo de nuevo.
error-not-text-heading = La solicitud contiene caracteres que no son texto
error-not-text = Lo que ha enviado contiene un carácter NUL, un carácter de control o bytes que no son UTF-8, y no se ha cambiado nada. Vuelva atrás, escriba de nuevo el texto (en lugar de pegarlo) y envíelo otra vez.
error-signed-out-heading = Inicie sesión primero
error-signed-out = No ha iniciado sesión, o su sesión ha terminado, así que no se ha cambiado nada. { $sign_in } y después vuelva a enviar el formulario.
error-signed-out-link = Inicie sesión
error-field-too-long-heading = Un campo es demasiado largo
error-field-too-long = Cada campo admite como máximo { $max } caracteres, y no se ha cambiado nada. Vuelva atrás, acorte el texto y vuelva a enviar el formulario.
error-method-heading = Esta página no se usa así
error-method = Esta dirección no responde a ese tipo de solicitud.
error-uri-too-long-heading = Esta dirección es demasiado larga
error-uri-too-long = El servicio no lee direcciones tan largas.
error-timed-out-heading = Su solicitud tardó demasiado en llegar
error-timed-out = No se ha cambiado nada. Compruebe su conexión e inténtelo de nuevo.
error-unauthorized-heading = Se requiere autenticación
error-unauthorized = Esta dirección requiere un token de portador (bearer token) válido.
