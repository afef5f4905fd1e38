/**
 * Host consent and local veto (mechanism 5): the host government must agree to what works on its ground, and
 * regional authorities that control territory can refuse outside forces unless the capital can overrule them
 * (memo, sections 'CSTO: Moscow's Reluctance, Member Concerns' and 'OSCE: From Helsinki to Osh (and Back Again)').
 */
package org.mandate.core.mechanism.consent;
