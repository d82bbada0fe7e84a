{{%AUTOESCAPE context="HTML"}}
{{#FINISHED}}<p><label for="progress">Progress</label>
  <progress id="progress" max="{{TOTAL}}" value="{{DONE}}">{{DONE}} of {{TOTAL_SHOWN}} {{UNIT}}</progress>
  <span>{{DONE}} of {{TOTAL_SHOWN}} {{UNIT}}</span></p>{{/FINISHED}}
