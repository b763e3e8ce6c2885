// Package ui is Canopy's desktop interface, built with Fyne: the main window
// and the views inside it.
//
// Each view is an unexported struct that holds its widgets and what it reads
// from; it builds them in a newXxx function, fills them in refresh, and names
// its event handlers onXxx. The views read the workspace through package app
// and never write files: persisting is the save function given to Run.
package ui
