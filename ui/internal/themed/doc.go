// Package themed holds canvas shapes that take their colours from the
// theme by name, so they follow a change of theme (View ▸ Theme, or the
// OS going dark) like Fyne's own widgets do. A plain canvas.Rectangle keeps
// the colour it was given: a card built in the light theme stays light.
//
// Imports: Fyne only.
package themed
