Your role at {{EDITION}}: {{ROLE}}

Dear {{NAME}},

The secretariat has appointed you {{ROLE}} of {{PLACE}} at {{EDITION}} ({{DATES}}).

{{DUTIES}}

Your page lists what to do next: {{LINK}}
Sign in there with this e-mail address; if you have no password, ask for a sign-in link on the sign-in page.
