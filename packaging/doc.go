// Package packaging holds what ships Canopy: the Linux archive's Makefile
// and README (linux/), the Windows resource definition (windows/), and,
// behind the packaging build tag, the tests of the packages `make
// packages` builds into dist/ (run by `make test`).
package packaging
