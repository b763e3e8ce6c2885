// Package uitest is the test kit of Canopy's UI packages, once: the fake
// window context of a page (Context, Env), the seeded workspaces, the walk
// over rendered objects and the text it finds, and the golden markup helper
// with its -update flag. Only tests import it.
//
// Imports: the domain, ui/page and ui/form, Fyne and its test driver.
package uitest
