Your working group: {{GROUP}}

Dear {{NAME}},

At {{EDITION}} ({{DATES}}) you will take part in the working group "{{GROUP}}".

{{#DESCRIPTION}}{{TEXT}}

{{/DESCRIPTION}}Your programme, with the group's closed-door sessions, is on the site under "My programme".
