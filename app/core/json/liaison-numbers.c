/* liaison-numbers.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-numbers.h"

/* Writes @value with at most two decimals and no trailing zeros, in the C
 * locale: "12.5", "-3", "0.25". Returns the length.
 */
gsize
liaison_format_number (char   buffer[LIAISON_NUMBER_BUF_SIZE],
                       double value)
{
  gint64 hundredths;
  guint64 whole, fraction;
  char digits[24];
  gsize n = 0, len = 0;

  /* Out of the range worth a fast path: let the C library do it. */
  if (!isfinite (value) || fabs (value) >= 1e15)
    return g_ascii_formatd (buffer, LIAISON_NUMBER_BUF_SIZE, "%.2f", value) != NULL ? strlen (buffer) : 0;

  hundredths = (gint64) llround (value * 100);
  if (hundredths < 0)
    {
      buffer[len++] = '-';
      hundredths = -hundredths;
    }

  whole = (guint64) hundredths / 100;
  fraction = (guint64) hundredths % 100;

  do
    {
      digits[n++] = '0' + whole % 10;
      whole /= 10;
    }
  while (whole > 0);
  while (n > 0)
    buffer[len++] = digits[--n];

  if (fraction != 0)
    {
      buffer[len++] = '.';
      buffer[len++] = '0' + fraction / 10;
      if (fraction % 10 != 0)
        buffer[len++] = '0' + fraction % 10;
    }

  /* "-0" reads oddly. */
  if (len == 2 && buffer[0] == '-' && buffer[1] == '0')
    len = 0, buffer[len++] = '0';

  buffer[len] = '\0';
  return len;
}

/* Reads a JSON number; plain decimals quickly, the rest with
 * g_ascii_strtod().
 */
double
liaison_parse_number (const char *text,
                      gsize       length)
{
  const char *p = text, *end = text + length;
  gboolean negative = FALSE;
  guint64 mantissa = 0;
  int decimals = 0, digits = 0;
  gboolean fraction = FALSE;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; p < end; p++)
    {
      if (*p >= '0' && *p <= '9')
        {
          if (++digits > 15)
            break;
          mantissa = mantissa * 10 + (*p - '0');
          decimals += fraction;
        }
      else if (*p == '.' && !fraction)
        fraction = TRUE;
      else
        break;
    }

  if (p < end || digits == 0 || digits > 15)
    {
      char buffer[64];
      gsize n = MIN (length, sizeof buffer - 1);

      memcpy (buffer, text, n);
      buffer[n] = '\0';
      return g_ascii_strtod (buffer, NULL);
    }

  {
    /* Exact for up to 15 significant digits and 22 decimals. */
    static const double powers[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
                                     1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    double value = (double) mantissa / powers[MIN (decimals, 22)];

    return negative ? -value : value;
  }
}
