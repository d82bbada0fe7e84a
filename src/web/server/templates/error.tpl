{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p>{{MESSAGE}}</p>
<p><a href="/">Go to the home page</a></p>
