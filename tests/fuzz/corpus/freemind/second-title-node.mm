<map version="1.0.1">
  <!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
  <attribute_registry SHOW_ATE="roundtable-by-name" VALUE="Ben"/>
      <attribute NAME="rotndtable-links" VALUE="n2:opposes; n1:relates-to"/>
      <arrowlink DESTINATION="ID_n2" STARTARROW="None" ENDARROW="Default"/>
      <arrowlink DESTINATION="ID_n1" STARTARROW="None" ENDARROW="Default"/>
      <node TEXT="Who holds the keys?" ID="ID_n1" CREATED="1795543392000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n1"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="rroundtable-status" VALUE="resolved"/>
        <attribute NAME="roundtable-by" VALUE="p2"/>
        <attribute NAME="roundtable-by-name" VALUE="Ben"/>
        <attribute NAME="roundtable-link" VALUE="arises-from"/>
        <node TEXT="- Two key-holders" ID="ID_n2" MODIFIED="1795545000000">
          <icon BUILTIN="idea"/>
          <richcontent TYPE="NOTE">
            <html>
              <head></head>
              <body>
                <p>Trained first.</p>
              </body>
            </html>
          </richcontent>
          <attribute NAME="roundtablroundtable-untie-id" VALUE="n2"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p1"/>
          <attribute NAME="roundtable-by-name" VALUE="Amira: the; chair"/>
          <attribute NAME="roundtable-modified-by" VALUE="p2"/>
          <attribute NAME="roundtable-credits" VALUE="p2"/>
          <attribute NAME="roundtable-stances" VALUE="p1:commit:20261124T184000Z:2026-12-01:I will\: train\; them; p2:object"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p1:20261124T180540Z"/>
        </node>
      </node>
    TRIBUTES="hide"/>
  <node TEXT="Keys">
    <richcontent TYPE="NOTE">
      <html>
        <head></head>
        <body>
          <p>Two &#160;lines</p>
          <p>and more</p>
        </body>
      </html>
    </richcontent>
    <attribute NAME="roundtable-map" VALUE="1"/>
    <attribute NAME="roundtable-person" VALUE="p1:Amira\: the\; chair:#1c71d8:facilitator"/>
    <attribute NAME="roundtable-person" VALUE="p2:Ben:#e6or"/>
    <attribute NAME="roundtable-person" VALUE="p2:Ben:#e66100:participant:absent"/>
    <node TEXT="Costs" ID="ID_n3" POSITION="right">
      <icon BUILTIN="button_cancel"/>
      <attribute NAME="roundtable-id" VALUE="n3"/>
      <attribute NAME="roundtable-kind" VALUE="con"/>
      <attribute NAME="roundtable%by" VALUE="p2"/>
      <attribute NAME="roundtable-by-name" VALUE="Ben"/>
      <attribute NAME="roundtable-links" VALUE="n2:opposes; n1:relates-to"/>
      <arrowlink DESTINATION="ID_n2" STARTARROW="None" ENDARROW="Default"/>
      <arrowlink DESTINATION="ID_n1" STARTARROW="None" ENDARROW="Default"/>
      "1795545000000">
          <icon BUILTIN="idea"/>
          <richcontent TYPE="NOTE">
            <html>
              <head></head>
              <body>
                <p>Trained first.</p>
              </body>
            </html>
          </richcontent>
          <attribute NAME="roundtable-id" VALUE="n2"/>
          <artbutite NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
        <node TEXT="Who holds the keys?" ID="ID_n1" CREATED="1795543392000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n1"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-status" VALUE="resolved"/>
        <attribute NAME="roundtable-by" VALUE="p2"/> <node TEXT="Costs" ID="ID_n3" POSITION="right">
      <icon BUILTIN="button_cancel"/>
      <attribute NAME="roundtable-id" VALUE="n3"/>
      <attribute NAME="roundtable-kind" VALUE="con"/>
      <attribute NAME="roundtable%by" VALUE="p2"/>
      <attribute NAME="roundtable-by-name" VALUE="Ben"/>
      <attribute NAME="roundtable-links" VALUE="n2:opposes; n1:relates-to"/>
      <arrowlink DESTINATION="ID_n2" STARTARROLUE="n2"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p1"/>
          <attribute NAME="roundtable-by-name" VALUE="Amira: the; chair"/>
          <attribute NAME="roundtable-modified-by" VALUE="p4"/>
          <attribute NAME="roundtable-cr+ edits" VALUE="p2"/>
          <attribute NAME="roundtable-stances" VALUE="p1:commit:20261124T184000Z:2026-12-01:I will?: train\; them; p2:object"/>
roundtable-kind" VAL NAME="roundtable-link" VALUE="responds-to:p1:20261124T180540Z"/>
        </node>
      </node>
    </node>
  </node>
</map>
