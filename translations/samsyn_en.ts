<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>samsyn::DemoGenerator</name>
    <message numerus="yes">
        <source>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</source>
        <translation>
            <numerusform>The test numbers ran out: %n participant has an invented reservnummer (RES-...) instead.</numerusform>
            <numerusform>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::CheckCommand</name>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n entry, chain intact</numerusform>
            <numerusform>%n entries, chain intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DemoCommand</name>
    <message numerus="yes">
        <source>Created the demo team file %1 with %n participants</source>
        <translation>
            <numerusform>Created the demo team file %1 with %n participant</numerusform>
            <numerusform>Created the demo team file %1 with %n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
