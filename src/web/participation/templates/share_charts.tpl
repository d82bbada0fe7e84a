{{%AUTOESCAPE context="HTML"}}
<div class="share-charts">
{{#CHART}}
<figure class="share-chart">
  <figcaption>{{TITLE}}</figcaption>
  {{SVG:none}}
  <div class="table-wrap" tabindex="0" role="region" aria-label="{{TITLE}} in numbers">
  <table>
    <caption class="visually-hidden">{{TITLE}}: the figures of the chart</caption>
    <thead><tr><th scope="col">Who</th>{{#HEAD}}<th scope="col">{{NAME}}</th>{{/HEAD}}</tr></thead>
    <tbody>{{#ROW}}<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td>{{COUNT}} ({{PERCENT}} %)</td>{{/CELL}}</tr>{{/ROW}}</tbody>
  </table>
  </div>
</figure>
{{/CHART}}
</div>
