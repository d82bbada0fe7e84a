{{%AUTOESCAPE context="HTML"}}
<h1>Privacy notice</h1>
<p class="meta">Version {{VERSION}}</p>
{{#BLOCKS}}{{#H2}}<h2>{{TEXT}}</h2>{{/H2}}{{#P}}<p>{{TEXT}}</p>{{/P}}{{#UL}}<ul>{{#ITEMS}}<li>{{TEXT}}</li>{{/ITEMS}}</ul>{{/UL}}{{/BLOCKS}}
