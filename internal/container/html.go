package container

func ReadHTML(src string, limit int) (*Result, error) {
	return nil, &Error{Container: "html", Err: ErrCorrupt}
}
