package app

// CheckAlone returns the problems of e taken alone: its required fields,
// ranges and formats, without the references it makes to other entities,
// which only a whole workspace can judge (Validate does). The merge checks
// each clean result with it.
func CheckAlone(e Entity) Problems {
	normalize(e)
	return checkEntity(nil, e)
}
