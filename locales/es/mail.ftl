# Los mensajes que envía keydrop (templates/mail/, src/mail/messages.rs).

mail-hello = Hola, { $username }:
mail-footer = keydrop, la campaña de llaves de seguridad para mantenedores de proyectos críticos.
mail-list-separator = {", "}
mail-sign-in-there = e inicie sesión allí con su nombre de usuario del registro o su dirección de correo electrónico.

mail-sign-in-subject = Su enlace para iniciar sesión en keydrop
mail-sign-in-asked = Alguien, probablemente usted, ha pedido iniciar sesión en keydrop, la campaña de llaves de seguridad para mantenedores de proyectos críticos. Abra este enlace para iniciar sesión:
mail-sign-in-once = Funciona una sola vez, durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }. Si no lo ha pedido, puede ignorar este mensaje: nadie puede iniciar sesión sin el enlace.

mail-invitation-subject = { $campaign }: una llave de seguridad física gratuita por su trabajo en { $projects }
mail-invitation-projects-none = proyectos críticos
mail-invitation-projects-two = { $first } y { $second }
mail-invitation-projects-more = { $first } y { $others ->
        [one] otro proyecto
       *[other] otros { $others } proyectos
    }
mail-invitation-granted = El equipo que organiza { $campaign } le ha dado derecho a una llave de seguridad física gratuita.
mail-invitation-critical = Usted es Owner o Maintainer { $count ->
        [one] de un proyecto que el registro considera crítico:
       *[other] de proyectos que el registro considera críticos:
    }
mail-invitation-ranked = en el puesto { $rank } por descargas durante los seis meses anteriores al { $since }, lo que lo situó en el 1 % más descargado.
mail-invitation-may-claim = Por ello, puede solicitar una llave de seguridad física gratuita (un código para { $keys ->
        [one] una llave
       *[other] { $keys } llaves
    }) en { $campaign }.
mail-invitation-when = Cuándo:
mail-invitation-dates = las solicitudes se abren el { $starts } y se cierran al final del { $ends } (UTC).
mail-invitation-where = Países de envío:
mail-invitation-asks-nothing = Este mensaje no le pide nada: ni respuesta ni contraseña, y no contiene ningún enlace. Para hacer su solicitud, escriba usted mismo la dirección del servicio en su navegador:
mail-invitation-why = Recibe este mensaje porque la dirección de correo electrónico de su cuenta figura en el registro. Si no desea recibir más mensajes sobre campañas (invitaciones y recordatorios), desactívelos en su página después de iniciar sesión o use la opción «cancelar suscripción» de su programa de correo.

mail-when = { $days ->
        [0] hoy
        [1] mañana
       *[other] dentro de { $days } días
    }
mail-claim-reminder-subject = { $campaign } cierra { $when }: aún no ha solicitado su llave de seguridad
mail-claim-reminder-body = Puede solicitar una llave de seguridad física gratuita en { $campaign } y aún no lo ha hecho. Las solicitudes se cierran al final del { $day } (UTC), { $when }.
mail-claim-type-address = Para hacer su solicitud, escriba usted mismo la dirección del servicio en su navegador:
mail-redeem-reminder-subject = Su código de { $campaign } caduca { $when }
mail-redeem-reminder-body = El código que obtuvo en { $campaign } (para { $keys ->
        [one] una llave de seguridad
       *[other] { $keys } llaves de seguridad
    }) aún no se ha usado y caduca al final del { $day } (UTC), { $when }. Después ya no podrá usarse.
mail-redeem-type-address = Para ver su código y cómo pedir sus llaves, escriba usted mismo la dirección del servicio en su navegador:
mail-redeem-sign-in-there = e inicie sesión allí.
mail-reminders-off = ¿No desea más recordatorios? Desactívelos en su página o aquí:
