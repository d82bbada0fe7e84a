{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p>{{MESSAGE}}</p>
{{#SIGN_IN}}<p><a class="button" href="/sign-in?next=/editions/{{NUMBER}}/registration">Sign in to change your registration</a></p>{{/SIGN_IN}}
<p><a href="/">Go to the home page</a></p>
