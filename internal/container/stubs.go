package container

func ReadRTF(src string, limit int) (*Result, error) {
	return nil, &Error{Container: "rtf", Err: ErrCorrupt}
}
func ReadHTML(src string, limit int) (*Result, error) {
	return nil, &Error{Container: "html", Err: ErrCorrupt}
}
