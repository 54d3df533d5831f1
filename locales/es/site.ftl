skip-to-content = Ir al contenido
tagline = Llaves de seguridad gratuitas para quienes mantienen proyectos críticos
signed-in-as = Sesión iniciada como { $username }
sign-out = Cerrar sesión
footer-never-asks = keydrop nunca te pide tu contraseña. Los códigos son de un solo uso y están ligados a tu cuenta; por favor, no los compartas.
language-switcher = Idioma
admin-area = Área de administración
help-contact = Ayuda y contacto: el equipo de soporte del programa
