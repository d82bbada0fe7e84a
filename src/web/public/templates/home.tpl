{{%AUTOESCAPE context="HTML"}}
<h1>{{SERIES_NAME}}</h1>
<p class="lead">{{SUMMARY}}</p>
{{#CURRENT}}
<section class="current" aria-labelledby="current-{{NUMBER}}">
  <h2 id="current-{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</h2>
  <p>{{DATES}} · {{PLACE}}</p>
  <p><a href="/editions/{{NUMBER}}">About the {{ORDINAL}} edition</a></p>
</section>
{{/CURRENT}}
<section aria-labelledby="about">
  <h2 id="about">About the series</h2>
  {{#ABOUT}}<p>{{PARAGRAPH}}</p>{{/ABOUT}}
  <h3>Organisers</h3>
  <ul class="organisers">
    {{#ORGANISERS}}<li>{{NAME}} <span class="role">({{ROLE}})</span></li>{{/ORGANISERS}}
  </ul>
</section>
<section aria-labelledby="archive">
  <h2 id="archive">Archive of past editions</h2>
  <div class="table-wrap" tabindex="0" role="region" aria-label="Every edition since 1997, newest first">
  <table>
    <caption>Every edition since 1997, newest first</caption>
    <thead><tr><th scope="col">No.</th><th scope="col">Year</th><th scope="col">Month</th><th scope="col">City</th><th scope="col">Country</th><th scope="col">Topics</th></tr></thead>
    <tbody>
    {{#ARCHIVE}}<tr><td><a href="/editions/{{NUMBER}}" aria-label="{{ORDINAL}} edition, {{YEAR}}">{{ORDINAL}}</a></td><td>{{YEAR}}</td><td>{{MONTH}}</td><td>{{#ONLINE}}Online / {{/ONLINE}}{{CITY}}</td><td>{{COUNTRY}}</td><td>{{TOPICS}}</td></tr>
    {{/ARCHIVE}}
    </tbody>
  </table>
  </div>
</section>
