Your participation in {{EDITION}}: {{#ACCEPTED}}accepted{{/ACCEPTED}}{{#WAITLISTED}}on the waiting list{{/WAITLISTED}}{{#DECLINED}}our decision{{/DECLINED}}{{#CONSIDERED}}received{{/CONSIDERED}}{{#WITHDRAWN}}your place is released{{/WITHDRAWN}}

Dear {{NAME}},

{{#ACCEPTED}}We are glad to tell you that your place at {{EDITION}} is confirmed. We look forward to welcoming you.

The programme and practical details are at {{PAGE}}; we will write again with the logistics.{{/ACCEPTED}}{{#WAITLISTED}}Thank you for registering for {{EDITION}}. Many more people registered than the seminar has places, so we have put you on the waiting list. If a place becomes free, we will write to you straight away; there is nothing you need to do now.{{/WAITLISTED}}{{#DECLINED}}Thank you for your interest in {{EDITION}}. We received many more registrations than the seminar has places, and we are sorry that we cannot offer you a place this time. We would be glad to hear from you again for a future edition; the seminar's public outcomes will be at {{PAGE}}.{{/DECLINED}}{{#CONSIDERED}}Your registration for {{EDITION}} is being considered.{{/CONSIDERED}}{{#WITHDRAWN}}We have recorded that you will not take part in {{EDITION}}, and your place has been released to the waiting list. The programme links and participant material are no longer available to you. Thank you for letting us know; we hope to welcome you at a future edition.{{/WITHDRAWN}}

With best regards,
The secretariat
