{{%AUTOESCAPE context="HTML"}}
