/** Run sizes: the fast tier CI runs, the calibration and paper tiers, as plans of networks and bags. */
package org.nnqft.verification.tiers;
