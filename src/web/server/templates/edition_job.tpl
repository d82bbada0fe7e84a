{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>{{HEADING}}</h1>
{{>JOB_PANEL}}
<p><a href="/manage/editions/{{NUMBER}}/invitations">Back to the invitations</a></p>
