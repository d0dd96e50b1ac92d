<map version="1.0.1">
  <!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
  <attribute_registry SHOW_ATTRIBUTES="hide"/>
  <node TEXT="Cutting our meeting load" CREATED="1795510800000" MODIFIED="1795517300000">
    <richcontent TYPE="NOTE">
      <html>
        <head></head>
        <body>
          <p>Platform team workshop, 24 November 2026</p>
        </body>
      </html>
    </richcontent>
    <attribute NAME="roundtable-map" VALUE="1"/>
    <attribute NAME="roundtable-person" VALUE="p1:Priya Natarajan:#1c71d8:facilitator"/>
    <attribute NAME="roundtable-person" VALUE="p2:Tom&#xE1;s Garc&#xED;a:#e66100"/>
    <attribute NAME="roundtable-person" VALUE="p3:Sanna Lindqvist:#2ec27e:participant:absent"/>
    <attribute NAME="roundtable-person" VALUE="p4:Kwame Mensah:#9141ac"/>
    <attribute NAME="roundtable-person" VALUE="p5:Julia Kowalczyk:#c01c28"/>
    <attribute NAME="roundtable-person" VALUE="p6:Ravi Iyer:#865e3c"/>
    <attribute NAME="roundtable-person" VALUE="p7:Mei Tanaka:#0e8a8a"/>
    <node TEXT="How do we cut the time we spend in meetings?" ID="ID_n1" CREATED="1795510950000" POSITION="right">
      <icon BUILTIN="help"/>
      <attribute NAME="roundtable-id" VALUE="n1"/>
      <attribute NAME="roundtable-kind" VALUE="problem"/>
      <attribute NAME="roundtable-by" VALUE="p4"/>
      <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
      <node TEXT="Calendars show 11 to 15 hours of meetings a week per person" ID="ID_n2" CREATED="1795511050000">
        <icon BUILTIN="info"/>
        <richcontent TYPE="NOTE">
          <html>
            <head></head>
            <body>
              <p>Julia exported everyone's calendars for October.</p>
            </body>
          </html>
        </richcontent>
        <attribute NAME="roundtable-id" VALUE="n2"/>
        <attribute NAME="roundtable-kind" VALUE="note"/>
        <attribute NAME="roundtable-by" VALUE="p5"/>
        <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
        <attribute NAME="roundtable-link" VALUE="relates-to:p5:20261124T090410Z"/>
      </node>
      <node TEXT="Longest uninterrupted focus block last week: 90 minutes" ID="ID_n3" CREATED="1795511120000">
        <icon BUILTIN="info"/>
        <attribute NAME="roundtable-id" VALUE="n3"/>
        <attribute NAME="roundtable-kind" VALUE="note"/>
        <attribute NAME="roundtable-by" VALUE="p2"/>
        <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
        <attribute NAME="roundtable-link" VALUE="relates-to:p2:20261124T090520Z"/>
      </node>
      <node TEXT="The daily stand-up runs 30 minutes instead of 15" ID="ID_n4" CREATED="1795511220000" MODIFIED="1795516270000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n4"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-status" VALUE="resolved"/>
        <attribute NAME="roundtable-by" VALUE="p2"/>
        <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
        <attribute NAME="roundtable-modified-by" VALUE="p1"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p2:20261124T090700Z"/>
        <node TEXT="Written stand-up in the team channel on Tuesdays and Thursdays" ID="ID_n5" CREATED="1795511325000" MODIFIED="1795516140000">
          <icon BUILTIN="idea"/>
          <richcontent TYPE="NOTE">
            <html>
              <head></head>
              <body>
                <p>Three questions, answered by 10:00: what I did, what I will do, what blocks me.</p>
              </body>
            </html>
          </richcontent>
          <attribute NAME="roundtable-id" VALUE="n5"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p2"/>
          <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
          <attribute NAME="roundtable-modified-by" VALUE="p1"/>
          <attribute NAME="roundtable-credits" VALUE="p3"/>
          <attribute NAME="roundtable-stances" VALUE="p2:commit:20261124T102920Z:2026-12-07:I will set up the stand-up bot and its questions; p4:commit:20261124T102940Z:2026-12-07:I will read every written stand-up and follow up on blockers; p5:accept:20261124T102955Z; p6:object:20261124T103015Z::I would lose my one daily chance to flag test blockers"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p2:20261124T090845Z"/>
          <node TEXT="Blockers get missed in a busy channel" ID="ID_n6" CREATED="1795511405000">
            <icon BUILTIN="button_cancel"/>
            <attribute NAME="roundtable-id" VALUE="n6"/>
            <attribute NAME="roundtable-kind" VALUE="con"/>
            <attribute NAME="roundtable-by" VALUE="p6"/>
            <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
            <attribute NAME="roundtable-link" VALUE="opposes:p6:20261124T091005Z"/>
          </node>
          <node TEXT="Works for people in other time zones" ID="ID_n7" CREATED="1795511460000">
            <icon BUILTIN="addition"/>
            <richcontent TYPE="NOTE">
              <html>
                <head></head>
                <body>
                  <p>From Sanna's comment in the shared document before the workshop.</p>
                </body>
              </html>
            </richcontent>
            <attribute NAME="roundtable-id" VALUE="n7"/>
            <attribute NAME="roundtable-kind" VALUE="pro"/>
            <attribute NAME="roundtable-by" VALUE="p3"/>
            <attribute NAME="roundtable-by-name" VALUE="Sanna Lindqvist"/>
            <attribute NAME="roundtable-link" VALUE="supports:p3:20261124T091100Z"/>
          </node>
        </node>
        <node TEXT="Hard stop at 15 minutes with a visible timer" ID="ID_n8" CREATED="1795511560000" MODIFIED="1795516260000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n8"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p4"/>
          <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
          <attribute NAME="roundtable-modified-by" VALUE="p1"/>
          <attribute NAME="roundtable-stances" VALUE="p1:commit:20261124T103130Z:2026-12-01:I will run the timer at every spoken stand-up; p2:agree:20261124T103145Z; p6:agree:20261124T103200Z"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p4:20261124T091240Z"/>
        </node>
      </node>
      <node TEXT="Too many people are invited to each meeting" ID="ID_n9" CREATED="1795511710000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n9"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-by" VALUE="p5"/>
        <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p5:20261124T091510Z"/>
        <node TEXT="Every invite states its purpose and who must attend" ID="ID_n10" CREATED="1795511790000" MODIFIED="1795516440000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n10"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-modified-by" VALUE="p1"/>
          <attribute NAME="roundtable-credits" VALUE="p4"/>
          <attribute NAME="roundtable-stances" VALUE="p2:agree:20261124T103320Z; p4:agree:20261124T103330Z; p5:agree:20261124T103340Z; p6:agree:20261124T103350Z::Yes, please"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p5:20261124T091630Z"/>
          <node TEXT="Optional people can read the notes instead" ID="ID_n11" CREATED="1795511870000">
            <icon BUILTIN="addition"/>
            <attribute NAME="roundtable-id" VALUE="n11"/>
            <attribute NAME="roundtable-kind" VALUE="pro"/>
            <attribute NAME="roundtable-by" VALUE="p6"/>
            <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
            <attribute NAME="roundtable-link" VALUE="supports:p6:20261124T091750Z"/>
          </node>
          <node TEXT="Our calendar tool can't require a purpose field" ID="ID_n12" CREATED="1795511940000">
            <icon BUILTIN="info"/>
            <attribute NAME="roundtable-id" VALUE="n12"/>
            <attribute NAME="roundtable-kind" VALUE="note"/>
            <attribute NAME="roundtable-by" VALUE="p2"/>
            <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
            <attribute NAME="roundtable-link" VALUE="relates-to:p2:20261124T091900Z"/>
          </node>
        </node>
      </node>
      <node TEXT="Decisions only happen in meetings, so everyone attends just in case" ID="ID_n13" CREATED="1795512075000" MODIFIED="1795516590000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n13"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-status" VALUE="resolved"/>
        <attribute NAME="roundtable-by" VALUE="p4"/>
        <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
        <attribute NAME="roundtable-modified-by" VALUE="p4"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p4:20261124T092115Z"/>
        <node TEXT="Write every decision in a decision log within a day" ID="ID_n14" CREATED="1795512160000" MODIFIED="1795516560000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n14"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p4"/>
          <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
          <attribute NAME="roundtable-modified-by" VALUE="p4"/>
          <attribute NAME="roundtable-stances" VALUE="p4:commit:20261124T103610Z:2026-12-04:I will set up the decision log page and its template; p2:agree:20261124T103640Z; p5:agree:20261124T103650Z; p6:agree:20261124T103700Z"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p4:20261124T092240Z"/>
          <node TEXT="New joiners can catch up without asking around" ID="ID_n15" CREATED="1795512230000">
            <icon BUILTIN="addition"/>
            <attribute NAME="roundtable-id" VALUE="n15"/>
            <attribute NAME="roundtable-kind" VALUE="pro"/>
            <attribute NAME="roundtable-by" VALUE="p4"/>
            <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
            <attribute NAME="roundtable-link" VALUE="supports:p4:20261124T092350Z"/>
          </node>
          <node TEXT="Template: context, decision, who decided, date" ID="ID_n16" CREATED="1795512300000">
            <icon BUILTIN="info"/>
            <attribute NAME="roundtable-id" VALUE="n16"/>
            <attribute NAME="roundtable-kind" VALUE="note"/>
            <attribute NAME="roundtable-by" VALUE="p4"/>
            <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
            <attribute NAME="roundtable-link" VALUE="relates-to:p4:20261124T092500Z"/>
          </node>
        </node>
      </node>
      <node TEXT="Nobody gets a long block of focus time" ID="ID_n17" CREATED="1795512450000" MODIFIED="1795516820000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n17"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-status" VALUE="resolved"/>
        <attribute NAME="roundtable-by" VALUE="p2"/>
        <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
        <attribute NAME="roundtable-modified-by" VALUE="p1"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p2:20261124T092730Z"/>
        <node TEXT="No-meeting Wednesdays" ID="ID_n18" CREATED="1795512540000" MODIFIED="1795516740000">
          <icon BUILTIN="idea"/>
          <richcontent TYPE="NOTE">
            <html>
              <head></head>
              <body>
                <p>Applies to meetings inside the team. Customer emergencies still get a call.</p>
              </body>
            </html>
          </richcontent>
          <attribute NAME="roundtable-id" VALUE="n18"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="adopted"/>
          <attribute NAME="roundtable-by" VALUE="p2"/>
          <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
          <attribute NAME="roundtable-modified-by" VALUE="p1"/>
          <attribute NAME="roundtable-credits" VALUE="p3; p6"/>
          <attribute NAME="roundtable-stances" VALUE="p2:commit:20261124T103920Z:2026-12-09:I will move the backlog refinement to Thursday; p5:commit:20261124T103940Z:2026-12-09:I will move customer check-ins off Wednesdays; p4:commit:20261124T104000Z:2026-12-02:I will tell the other teams and decline Wednesday invites; p6:accept:20261124T104010Z::As long as someone covers support questions; p1:accept:20261124T104015Z"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p2:20261124T092900Z"/>
          <node TEXT="Two other teams here already do it" ID="ID_n19" CREATED="1795512610000">
            <icon BUILTIN="addition"/>
            <attribute NAME="roundtable-id" VALUE="n19"/>
            <attribute NAME="roundtable-kind" VALUE="pro"/>
            <attribute NAME="roundtable-by" VALUE="p3"/>
            <attribute NAME="roundtable-by-name" VALUE="Sanna Lindqvist"/>
            <attribute NAME="roundtable-link" VALUE="supports:p3:20261124T093010Z"/>
          </node>
          <node TEXT="Customers sometimes need a call on a Wednesday" ID="ID_n20" CREATED="1795512680000">
            <icon BUILTIN="button_cancel"/>
            <attribute NAME="roundtable-id" VALUE="n20"/>
            <attribute NAME="roundtable-kind" VALUE="con"/>
            <attribute NAME="roundtable-by" VALUE="p5"/>
            <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
            <attribute NAME="roundtable-link" VALUE="opposes:p5:20261124T093120Z"/>
          </node>
          <node TEXT="Who answers urgent questions on Wednesdays?" ID="ID_n36" CREATED="1795514340000" MODIFIED="1795516910000">
            <icon BUILTIN="help"/>
            <attribute NAME="roundtable-id" VALUE="n36"/>
            <attribute NAME="roundtable-kind" VALUE="problem"/>
            <attribute NAME="roundtable-status" VALUE="resolved"/>
            <attribute NAME="roundtable-by" VALUE="p6"/>
            <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
            <attribute NAME="roundtable-modified-by" VALUE="p1"/>
            <attribute NAME="roundtable-link" VALUE="arises-from:p6:20261124T095900Z"/>
            <node TEXT="A rotating interrupt person each week" ID="ID_n37" CREATED="1795514430000" MODIFIED="1795516890000">
              <icon BUILTIN="idea"/>
              <richcontent TYPE="NOTE">
                <html>
                  <head></head>
                  <body>
                    <p>One person takes support questions and pings for the week,</p>
                    <p>so everyone else can keep notifications off on Wednesdays.</p>
                  </body>
                </html>
              </richcontent>
              <attribute NAME="roundtable-id" VALUE="n37"/>
              <attribute NAME="roundtable-kind" VALUE="response"/>
              <attribute NAME="roundtable-status" VALUE="adopted"/>
              <attribute NAME="roundtable-by" VALUE="p6"/>
              <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
              <attribute NAME="roundtable-modified-by" VALUE="p1"/>
              <attribute NAME="roundtable-credits" VALUE="p2"/>
              <attribute NAME="roundtable-stances" VALUE="p6:commit:20261124T104100Z:2026-12-08:I will set up the interrupt rota in the team calendar; p2:commit:20261124T104110Z:2026-12-11:I will take the first week; p4:agree:20261124T104120Z"/>
              <attribute NAME="roundtable-link" VALUE="responds-to:p6:20261124T100030Z"/>
              <node TEXT="Protects everyone else's focus" ID="ID_n38" CREATED="1795514500000">
                <icon BUILTIN="addition"/>
                <attribute NAME="roundtable-id" VALUE="n38"/>
                <attribute NAME="roundtable-kind" VALUE="pro"/>
                <attribute NAME="roundtable-by" VALUE="p2"/>
                <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
                <attribute NAME="roundtable-link" VALUE="supports:p2:20261124T100140Z"/>
              </node>
            </node>
          </node>
        </node>
      </node>
      <node TEXT="Cancel every recurring meeting and add back only the ones we miss" ID="ID_n21" CREATED="1795512820000" MODIFIED="1795516950000">
        <icon BUILTIN="idea"/>
        <richcontent TYPE="NOTE">
          <html>
            <head></head>
            <body>
              <p>Parked until after the January release.</p>
            </body>
          </html>
        </richcontent>
        <attribute NAME="roundtable-id" VALUE="n21"/>
        <attribute NAME="roundtable-kind" VALUE="response"/>
        <attribute NAME="roundtable-status" VALUE="parked"/>
        <attribute NAME="roundtable-by" VALUE="p6"/>
        <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
        <attribute NAME="roundtable-modified-by" VALUE="p1"/>
        <attribute NAME="roundtable-stances" VALUE="p2:agree:20261124T104200Z; p5:object:20261124T104215Z::Not in the month before a release"/>
        <attribute NAME="roundtable-link" VALUE="responds-to:p6:20261124T093340Z"/>
        <node TEXT="Shows which meetings really matter" ID="ID_n22" CREATED="1795512890000">
          <icon BUILTIN="addition"/>
          <attribute NAME="roundtable-id" VALUE="n22"/>
          <attribute NAME="roundtable-kind" VALUE="pro"/>
          <attribute NAME="roundtable-by" VALUE="p2"/>
          <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
          <attribute NAME="roundtable-link" VALUE="supports:p2:20261124T093450Z"/>
        </node>
        <node TEXT="Risky in the month before a release" ID="ID_n23" CREATED="1795512960000">
          <icon BUILTIN="button_cancel"/>
          <attribute NAME="roundtable-id" VALUE="n23"/>
          <attribute NAME="roundtable-kind" VALUE="con"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-link" VALUE="opposes:p5:20261124T093600Z"/>
        </node>
      </node>
      <node TEXT="Merge sprint review and planning into one meeting" ID="ID_n24" CREATED="1795513100000" MODIFIED="1795517040000">
        <icon BUILTIN="idea"/>
        <attribute NAME="roundtable-id" VALUE="n24"/>
        <attribute NAME="roundtable-kind" VALUE="response"/>
        <attribute NAME="roundtable-status" VALUE="rejected"/>
        <attribute NAME="roundtable-by" VALUE="p5"/>
        <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
        <attribute NAME="roundtable-modified-by" VALUE="p1"/>
        <attribute NAME="roundtable-stances" VALUE="p4:object:20261124T104330Z; p6:object:20261124T104340Z::Three hours in one room is worse, not better"/>
        <attribute NAME="roundtable-link" VALUE="responds-to:p5:20261124T093820Z"/>
        <node TEXT="Makes a three-hour block nobody can focus through" ID="ID_n25" CREATED="1795513170000">
          <icon BUILTIN="button_cancel"/>
          <attribute NAME="roundtable-id" VALUE="n25"/>
          <attribute NAME="roundtable-kind" VALUE="con"/>
          <attribute NAME="roundtable-by" VALUE="p6"/>
          <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
          <attribute NAME="roundtable-link" VALUE="opposes:p6:20261124T093930Z"/>
        </node>
      </node>
      <node TEXT="Retrospectives repeat the same complaints" ID="ID_n26" CREATED="1795513320000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n26"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-by" VALUE="p6"/>
        <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p6:20261124T094200Z"/>
        <node TEXT="Hold the retrospective every other sprint" ID="ID_n27" CREATED="1795513410000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n27"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-by" VALUE="p2"/>
          <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
          <attribute NAME="roundtable-credits" VALUE="p6"/>
          <attribute NAME="roundtable-stances" VALUE="p6:agree:20261124T104510Z"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p2:20261124T094330Z"/>
          <node TEXT="This workshop itself came out of a retrospective" ID="ID_n28" CREATED="1795513500000">
            <icon BUILTIN="info"/>
            <attribute NAME="roundtable-id" VALUE="n28"/>
            <attribute NAME="roundtable-kind" VALUE="note"/>
            <attribute NAME="roundtable-by" VALUE="p1"/>
            <attribute NAME="roundtable-by-name" VALUE="Priya Natarajan"/>
            <attribute NAME="roundtable-link" VALUE="relates-to:p1:20261124T094500Z"/>
          </node>
        </node>
      </node>
      <node TEXT="Default meeting length of 25 or 50 minutes" ID="ID_n29" CREATED="1795513630000">
        <icon BUILTIN="idea"/>
        <attribute NAME="roundtable-id" VALUE="n29"/>
        <attribute NAME="roundtable-kind" VALUE="response"/>
        <attribute NAME="roundtable-by" VALUE="p6"/>
        <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
        <attribute NAME="roundtable-credits" VALUE="p2"/>
        <attribute NAME="roundtable-stances" VALUE="p5:agree:20261124T104600Z; p2:accept:20261124T104610Z"/>
        <attribute NAME="roundtable-link" VALUE="responds-to:p6:20261124T094710Z"/>
        <node TEXT="Leaves time to get to the next meeting" ID="ID_n30" CREATED="1795513700000">
          <icon BUILTIN="addition"/>
          <attribute NAME="roundtable-id" VALUE="n30"/>
          <attribute NAME="roundtable-kind" VALUE="pro"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-link" VALUE="supports:p5:20261124T094820Z"/>
        </node>
      </node>
      <node TEXT="Status meetings with stakeholders take two hours a week" ID="ID_n31" CREATED="1795513860000">
        <icon BUILTIN="help"/>
        <attribute NAME="roundtable-id" VALUE="n31"/>
        <attribute NAME="roundtable-kind" VALUE="problem"/>
        <attribute NAME="roundtable-by" VALUE="p5"/>
        <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
        <attribute NAME="roundtable-link" VALUE="arises-from:p5:20261124T095100Z"/>
        <node TEXT="Replace the weekly status meeting with a written update" ID="ID_n32" CREATED="1795513950000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n32"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-credits" VALUE="p4"/>
          <attribute NAME="roundtable-stances" VALUE="p2:agree:20261124T104700Z"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p5:20261124T095230Z"/>
          <node TEXT="Stakeholders rarely read written updates" ID="ID_n33" CREATED="1795514020000">
            <icon BUILTIN="button_cancel"/>
            <attribute NAME="roundtable-id" VALUE="n33"/>
            <attribute NAME="roundtable-kind" VALUE="con"/>
            <attribute NAME="roundtable-by" VALUE="p4"/>
            <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
            <attribute NAME="roundtable-link" VALUE="opposes:p4:20261124T095340Z"/>
          </node>
        </node>
        <node TEXT="Record the demos so people can watch them later" ID="ID_n34" CREATED="1795514110000" MODIFIED="1795517260000">
          <icon BUILTIN="idea"/>
          <attribute NAME="roundtable-id" VALUE="n34"/>
          <attribute NAME="roundtable-kind" VALUE="response"/>
          <attribute NAME="roundtable-status" VALUE="rejected"/>
          <attribute NAME="roundtable-by" VALUE="p2"/>
          <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
          <attribute NAME="roundtable-modified-by" VALUE="p1"/>
          <attribute NAME="roundtable-link" VALUE="responds-to:p2:20261124T095510Z"/>
          <node TEXT="Last year's recorded demos had almost no views" ID="ID_n35" CREATED="1795514180000">
            <icon BUILTIN="info"/>
            <attribute NAME="roundtable-id" VALUE="n35"/>
            <attribute NAME="roundtable-kind" VALUE="note"/>
            <attribute NAME="roundtable-by" VALUE="p6"/>
            <attribute NAME="roundtable-by-name" VALUE="Ravi Iyer"/>
            <attribute NAME="roundtable-link" VALUE="relates-to:p6:20261124T095620Z"/>
          </node>
        </node>
      </node>
      <node TEXT="We try the changes for two sprints, then review them" ID="ID_n39" CREATED="1795514640000">
        <icon BUILTIN="info"/>
        <attribute NAME="roundtable-id" VALUE="n39"/>
        <attribute NAME="roundtable-kind" VALUE="note"/>
        <attribute NAME="roundtable-by" VALUE="p1"/>
        <attribute NAME="roundtable-by-name" VALUE="Priya Natarajan"/>
        <attribute NAME="roundtable-link" VALUE="relates-to:p1:20261124T100400Z"/>
        <node TEXT="How will we know meetings actually got shorter?" ID="ID_n40" CREATED="1795514790000">
          <icon BUILTIN="help"/>
          <attribute NAME="roundtable-id" VALUE="n40"/>
          <attribute NAME="roundtable-kind" VALUE="problem"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-link" VALUE="arises-from:p5:20261124T100630Z"/>
          <node TEXT="Compare calendar hours in January with October" ID="ID_n41" CREATED="1795514880000">
            <icon BUILTIN="idea"/>
            <attribute NAME="roundtable-id" VALUE="n41"/>
            <attribute NAME="roundtable-kind" VALUE="response"/>
            <attribute NAME="roundtable-by" VALUE="p5"/>
            <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
            <attribute NAME="roundtable-stances" VALUE="p4:agree:20261124T104820Z"/>
            <attribute NAME="roundtable-link" VALUE="responds-to:p5:20261124T100800Z"/>
            <attribute NAME="roundtable-links" VALUE="n2:relates-to:p5:20261124T100800Z"/>
            <arrowlink DESTINATION="ID_n2" STARTARROW="None" ENDARROW="Default"/>
          </node>
          <node TEXT="Ask in the next retrospective whether we got focus time back" ID="ID_n42" CREATED="1795514970000">
            <icon BUILTIN="idea"/>
            <attribute NAME="roundtable-id" VALUE="n42"/>
            <attribute NAME="roundtable-kind" VALUE="response"/>
            <attribute NAME="roundtable-by" VALUE="p4"/>
            <attribute NAME="roundtable-by-name" VALUE="Kwame Mensah"/>
            <attribute NAME="roundtable-link" VALUE="responds-to:p4:20261124T100930Z"/>
            <node TEXT="Feelings are not a measure" ID="ID_n43" CREATED="1795515060000">
              <icon BUILTIN="button_cancel"/>
              <attribute NAME="roundtable-id" VALUE="n43"/>
              <attribute NAME="roundtable-kind" VALUE="con"/>
              <attribute NAME="roundtable-by" VALUE="p2"/>
              <attribute NAME="roundtable-by-name" VALUE="Tom&#xE1;s Garc&#xED;a"/>
              <attribute NAME="roundtable-link" VALUE="opposes:p2:20261124T101100Z"/>
            </node>
          </node>
        </node>
      </node>
      <node TEXT="Meetings after 16:00 clash with school pick-up" ID="ID_n44" CREATED="1795515200000">
        <icon BUILTIN="info"/>
        <richcontent TYPE="NOTE">
          <html>
            <head></head>
            <body>
              <p>From Sanna's comment in the shared document.</p>
            </body>
          </html>
        </richcontent>
        <attribute NAME="roundtable-id" VALUE="n44"/>
        <attribute NAME="roundtable-kind" VALUE="note"/>
        <attribute NAME="roundtable-by" VALUE="p3"/>
        <attribute NAME="roundtable-by-name" VALUE="Sanna Lindqvist"/>
        <attribute NAME="roundtable-link" VALUE="relates-to:p3:20261124T101320Z"/>
      </node>
      <node TEXT="No meetings after 16:00" ID="ID_n45" CREATED="1795515280000" MODIFIED="1795517140000">
        <icon BUILTIN="idea"/>
        <richcontent TYPE="NOTE">
          <html>
            <head></head>
            <body>
              <p>Parked until Sanna is back on 4 January.</p>
            </body>
          </html>
        </richcontent>
        <attribute NAME="roundtable-id" VALUE="n45"/>
        <attribute NAME="roundtable-kind" VALUE="response"/>
        <attribute NAME="roundtable-status" VALUE="parked"/>
        <attribute NAME="roundtable-by" VALUE="p3"/>
        <attribute NAME="roundtable-by-name" VALUE="Sanna Lindqvist"/>
        <attribute NAME="roundtable-modified-by" VALUE="p1"/>
        <attribute NAME="roundtable-link" VALUE="responds-to:p3:20261124T101440Z"/>
        <attribute NAME="roundtable-links" VALUE="n44:relates-to:p3:20261124T101440Z"/>
        <arrowlink DESTINATION="ID_n44" STARTARROW="None" ENDARROW="Default"/>
        <node TEXT="Matches the company's flexible hours policy" ID="ID_n46" CREATED="1795515360000">
          <icon BUILTIN="addition"/>
          <attribute NAME="roundtable-id" VALUE="n46"/>
          <attribute NAME="roundtable-kind" VALUE="pro"/>
          <attribute NAME="roundtable-by" VALUE="p5"/>
          <attribute NAME="roundtable-by-name" VALUE="Julia Kowalczyk"/>
          <attribute NAME="roundtable-link" VALUE="supports:p5:20261124T101600Z"/>
        </node>
      </node>
    </node>
  </node>
</map>
