Today: {{SESSION}} – how to join

Dear {{NAME}},

"{{SESSION}}" starts at {{STARTS}}.

Join here: {{JOIN_URL}}

This link is for registered participants; please do not share it.
