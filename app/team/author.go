package team

import (
	"os/user"
	"strings"
)

// Author returns the name decisions are recorded under: pref, the name
// set on this machine (a preference of the window), when there is one;
// else git's user.name as git sees it in dir (the repository's, else the
// user's own); else the OS account's full name, else its login.
func Author(pref, dir string) string {
	return author(pref, func() string {
		out, err := git(dir, nil, "config", "--get", "user.name")
		if err != nil {
			return ""
		}
		return string(out)
	}, user.Current)
}

func author(pref string, gitName func() string, current func() (*user.User, error)) string {
	if n := strings.TrimSpace(pref); n != "" {
		return n
	}
	if n := strings.TrimSpace(gitName()); n != "" {
		return n
	}
	if u, err := current(); err == nil {
		full, _, _ := strings.Cut(u.Name, ",") // GECOS: "Ada Lovelace,room,phone"
		if n := strings.TrimSpace(full); n != "" {
			return n
		}
		return u.Username
	}
	return ""
}
