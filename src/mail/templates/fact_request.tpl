Your registration for {{EDITION}}: {{#ACCEPTED}}your change is made{{/ACCEPTED}}{{#REFUSED}}your change was not made{{/REFUSED}}

Dear {{NAME}},

You asked to change your registration for {{EDITION}}:
{{CHANGE}}

{{#ACCEPTED}}The secretariat has made the change.{{/ACCEPTED}}{{#REFUSED}}The secretariat has kept your registration as it was: this fact was used to select the participants. Write to the secretariat if you want to explain the change.{{/REFUSED}}

Your registration: {{LINK}}
