/**
 * The reply templates, in the order of TEMPLATE_IDS (the full list shows them so).
 * Each template is data in its own file; templates.test.ts checks them all.
 */
import type { ReplyTemplate } from "../types";
import { CAPACITY } from "./capacity";
import { CHANGE_REQUEST } from "./change-request";
import { FIX_THE_WORK } from "./fix-the-work";
import { PARTING_WAYS } from "./parting-ways";
import { PAYMENT_REMINDER } from "./payment-reminder";
import { PRICE_HOLD } from "./price-hold";
import { PRICE_INCREASE } from "./price-increase";
import { RESPECTFUL_TONE } from "./respectful-tone";
import { REVISION_LIMIT } from "./revision-limit";
import { TIMELINE_RESET } from "./timeline-reset";
import { WORKING_HOURS } from "./working-hours";

export const REPLY_TEMPLATES: readonly ReplyTemplate[] = [
  CAPACITY,
  CHANGE_REQUEST,
  REVISION_LIMIT,
  TIMELINE_RESET,
  PAYMENT_REMINDER,
  PRICE_INCREASE,
  PRICE_HOLD,
  WORKING_HOURS,
  RESPECTFUL_TONE,
  FIX_THE_WORK,
  PARTING_WAYS,
];
