<map version="0.8.0">
<node TEXT="Topic" ID="Freemind_Link_1">
<hook NAME="accessories/plugins/NodeNote.properties">
<text>An old note</text>
</hook>
<node TEXT="? Why" POSITION="right">
<arrowlink DESTINATION="Freemind_Link_1"/>
<icon BUILTIN="messagebox_warning"/>
</node>
</node>
</map>
