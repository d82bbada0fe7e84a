{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
<p>Signed in as {{EMAIL}}.</p>
<h2>Your roles</h2>
{{#NO_ROLES}}<p>You have no role yet. The secretariat gives roles when you are invited or nominated.</p>{{/NO_ROLES}}
<ul>{{#ROLES}}<li>{{ROLE}} – {{SCOPE}}{{#PARTNER_LINK}} (<a href="/manage/partners/{{ID}}">partner page</a>){{/PARTNER_LINK}}</li>{{/ROLES}}</ul>
