/* rt-window-drafts.c: keeping unsaved work as a draft
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-window-private.h"

RtDrafts *
rt_window_get_drafts (void)
{
  /* Windows live in the main thread only. */
  static RtDrafts *drafts;

  if (drafts == NULL)
    drafts = rt_drafts_new (NULL);
  return drafts;
}

void
rt_window_set_draft_id (RtWindow   *self,
                        const char *draft_id)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (draft_id != NULL && *draft_id != '\0');

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
}

static void rt_window_write_draft (RtWindow *self);

static void
draft_written_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GApplication *app = g_application_get_default ();

  self->draft_writing = FALSE;
  if (!rt_drafts_write_finish (RT_DRAFTS (source), result, &error))
    {
      /* Said once per window, not every few seconds, and short enough for
       * a toast: the reason goes to the log. */
      if (!self->draft_failed)
        {
          g_message ("Could not write the draft %s: %s", self->draft_id, error->message);
          rt_window_show_toast (self, _("Changes cannot be kept as a draft: save the map to "
                                        "keep them"));
        }
      self->draft_failed = TRUE;
    }
  else
    self->draft_failed = FALSE;

  if (self->draft_remove_after_write)
    {
      self->draft_remove_after_write = FALSE;
      self->draft_pending = FALSE;
      rt_window_remove_draft (self);
    }
  else if (self->draft_pending)
    {
      self->draft_pending = FALSE;
      rt_window_write_draft (self);
    }

  if (app != NULL)
    g_application_release (app);
}

static void
rt_window_write_draft (RtWindow *self)
{
  GApplication *app = g_application_get_default ();

  if (!rt_window_get_modified (self))
    return;
  if (self->draft_writing)
    {
      self->draft_pending = TRUE;
      return;
    }

  /* Held so that quitting waits for the draft to be whole. */
  if (app != NULL)
    g_application_hold (app);
  self->draft_writing = TRUE;
  rt_drafts_write_async (rt_window_get_drafts (), self->draft_id, self->document, self->file,
                         NULL, draft_written_cb, g_object_ref (self));
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  RtWindow *self = user_data;

  self->draft_timeout_id = 0;
  rt_window_write_draft (self);
  return G_SOURCE_REMOVE;
}

void
rt_window_schedule_draft (RtWindow *self)
{
  guint delay;

  g_assert (RT_IS_WINDOW (self));

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (!rt_window_get_modified (self))
    return;
  delay = g_settings_get_uint (self->settings, "autosave-delay");
  self->draft_timeout_id = g_timeout_add_seconds (MAX (delay, 1), draft_timeout_cb, self);
}

void
rt_window_remove_draft (RtWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (RT_IS_WINDOW (self));

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  self->draft_pending = FALSE;
  if (self->draft_writing)
    {
      self->draft_remove_after_write = TRUE;
      return;
    }
  if (!rt_drafts_remove (rt_window_get_drafts (), self->draft_id, &error))
    g_warning ("Could not remove the draft %s: %s", self->draft_id, error->message);
}
