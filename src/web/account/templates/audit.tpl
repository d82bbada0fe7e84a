{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage">Secretariat</a></p>
<h1>Audit log</h1>
<p>Every change to editions, partners and people: who, what and when (newest first, times in UTC).</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="The latest 200 changes">
<table>
  <caption>The latest 200 changes</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Details</th></tr></thead>
  <tbody>
  {{#ENTRIES}}<tr><td>{{WHEN}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{ENTITY}}</td><td>{{SUMMARY}}</td></tr>
  {{/ENTRIES}}
  </tbody>
</table>
</div>
