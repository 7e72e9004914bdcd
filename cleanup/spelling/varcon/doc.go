// Package varcon reads VarCon (Kevin Atkinson's Variant Conversion Info,
// part of SCOWL) and derives, for one target dialect, which spellings to
// change and how sure the change is. It is used at build time only, by
// cleanup/spelling/cmd/buildtable; the app reads the tables it writes.
package varcon
