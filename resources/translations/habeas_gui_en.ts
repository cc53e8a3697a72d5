<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas::gui</name>
    <message>
        <source>Habeas — privacy litigation workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo library (罗某 v. the app operator), creating it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case bundle (.habeas) to import into the library, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in DIR, or on a server at postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
