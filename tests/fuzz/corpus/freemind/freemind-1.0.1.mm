<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1700000000000" ID="ID_1466207744" MODIFIED="1700000000000" TEXT="Parking at the community centre">
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node CREATED="1700000100000" FOLDED="true" ID="ID_1002374125" MODIFIED="1700000200500" POSITION="right" TEXT="Where do visitors park on market days?">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#006633" CREATED="1700000110000" ID="ID_1873004196" MODIFIED="1700000110000" TEXT="Rent the school car park on Saturdays">
<linktarget COLOR="#b0b0b0" DESTINATION="ID_1873004196" ENDARROW="Default" ENDINCLINATION="112;0;" ID="Arrow_ID_310543296" SOURCE="ID_1119536117" STARTARROW="None" STARTINCLINATION="112;0;"/>
<icon BUILTIN="button_ok"/>
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      The school asked &#163;40 a day.&#160;&#160;Ask Mr Patel.
    </p>
    <p>
      
    </p>
    <p>
      Caf&#233; opens at 9.
    </p>
  </body>
</html>
</richcontent>
<node CREATED="1700000120000" ID="ID_560931446" MODIFIED="1700000120000" TEXT="+ Two minutes&apos; walk"/>
<node CREATED="1700000130000" ID="ID_1520986541" MODIFIED="1700000130000" TEXT="Insurance costs extra">
<icon BUILTIN="button_cancel"/>
</node>
<node CREATED="1700000140000" ID="ID_947288361" MODIFIED="1700000140000" TEXT="The caretaker lives next door">
<attribute_layout NAME_WIDTH="61" VALUE_WIDTH="61"/>
<attribute NAME="priority" VALUE="high"/>
</node>
</node>
<node CREATED="1700000150000" ID="ID_1119536117" MODIFIED="1700000150000">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Ask the <b>council</b>&#160;for
    </p>
    <p>
      a residents' permit
    </p>
  </body>
</html>
</richcontent>
<arrowlink DESTINATION="ID_1873004196" ENDARROW="Default" ENDINCLINATION="112;0;" ID="Arrow_ID_310543296" STARTARROW="None" STARTINCLINATION="112;0;"/>
</node>
</node>
<node CREATED="1700000300000" ID="ID_358193472" MODIFIED="1700000300000" POSITION="left" TEXT="Costs">
<icon BUILTIN="info"/>
<cloud COLOR="#f0f0f0"/>
<node CREATED="1700000310000" ID="ID_1283660573" MODIFIED="1700000310000" TEXT="How much is a permit?"/>
<node CREATED="1700000320000" ID="ID_1712338097" LINK="https://example.org/permits" MODIFIED="1700000320000" TEXT="- Permits are &#163;25 a year"/>
</node>
<node CREATED="1700000400000" ID="ID_1749296393" MODIFIED="1700000400000" POSITION="left" TEXT="Cycle racks by the door">
<icon BUILTIN="idea"/>
<icon BUILTIN="help"/>
</node>
</node>
</map>
