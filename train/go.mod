// The training corpus lives in a module of its own so that it stays out of
// the library's module zip: users who import newsdoc do not download it.
module github.com/newsdoc/newsdoc/train

go 1.26.0
