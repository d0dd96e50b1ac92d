<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<attribute_registry SHOW_ATTRIBUTES="hide"/>
<node TEXT="Parking at the community centre" FOLDED="false" ID="ID_696401721" CREATED="1700000000000" MODIFIED="1700000500000" STYLE="oval">
<font SIZE="18"/>
<hook NAME="MapStyle">
    <properties edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff" show_note_icons="true" fit_to_viewport="false"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" COLOR="#000000" STYLE="fork">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_271890427" STARTARROW="NONE" ENDARROW="DEFAULT"/>
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
<richcontent CONTENT-TYPE="plain/auto" TYPE="DETAILS"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.important" ID="ID_67550811">
<icon BUILTIN="yes"/>
<arrowlink COLOR="#003399" TRANSPARENCY="255" DESTINATION="ID_67550811"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10 pt" SHAPE_VERTICAL_MARGIN="10 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="3" RULE="ON_BRANCH_CREATION"/>
<node TEXT="Where do visitors park on market days?" POSITION="right" ID="ID_1587375386" CREATED="1700000100000" MODIFIED="1700000200000">
<edge COLOR="#ff0000"/>
<node TEXT="Rent the school car park on Saturdays" ID="ID_342069871" CREATED="1700000110000" MODIFIED="1700000115000">
<icon BUILTIN="button_ok"/>
<richcontent TYPE="DETAILS" HIDDEN="true">

<html>
  <head>
    
  </head>
  <body>
    <p>
      The school asked &#xa3;40 a day.
    </p>
  </body>
</html>
</richcontent>
<richcontent CONTENT-TYPE="plain/markdown" TYPE="NOTE">
    <text>Call **Mr Patel** before Friday.
Bring the insurance letter.</text>
</richcontent>
<attribute_layout NAME_WIDTH="60 pt" VALUE_WIDTH="80 pt"/>
<attribute NAME="cost" VALUE="40" OBJECT="org.freeplane.features.format.FormattedNumber|40"/>
<node TEXT="+ Two minutes&apos; walk" ID="ID_1148393718" CREATED="1700000120000" MODIFIED="1700000120000"/>
<node TEXT="Insurance costs extra" ID="ID_1950716405" CREATED="1700000130000" MODIFIED="1700000130000">
<icon BUILTIN="emoji-1F44E"/>
</node>
</node>
<node TEXT="Residents&apos; permits" LOCALIZED_STYLE_REF="styles.important" ID="ID_1035616399" CREATED="1700000150000" MODIFIED="1700000150000">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_342069871" MIDDLE_LABEL="instead of" STARTINCLINATION="131.25 pt;0 pt;" ENDINCLINATION="131.25 pt;0 pt;" STARTARROW="NONE" ENDARROW="DEFAULT"/>
</node>
</node>
<node TEXT="Costs" POSITION="left" ID="ID_1204571962" CREATED="1700000300000" MODIFIED="1700000300000">
<icon BUILTIN="info"/>
<node TEXT="How much is a permit?" ID="ID_1620735347" CREATED="1700000310000" MODIFIED="1700000310000"/>
<node TEXT="Permits are &#xa3;25 a year" ID="ID_1399101853" CREATED="1700000320000" MODIFIED="1700000320000" LINK="https://example.org/permits">
<icon BUILTIN="emoji-2796"/>
</node>
</node>
</node>
</map>
