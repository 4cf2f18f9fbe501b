<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>samsyn::DemoGenerator</name>
    <message numerus="yes">
        <source>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::CheckCommand</name>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DemoCommand</name>
    <message numerus="yes">
        <source>Created the demo team file %1 with %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
